// Captures | Conversations: the two views of the same data, switched from the top of the left
// pane (same tab strip as the detail pane) or with the V key. The choice is remembered.
import { useCallback, useEffect, useState } from 'react';
import { Tabs } from '../../components/Tabs';
import { matchShortcut } from '../../model/shortcuts';
import styles from '../messages/messages.module.css';

export type AppView = 'captures' | 'conversations';

const storageKey = 'hookscope.view';

function readView(): AppView {
  try {
    return localStorage.getItem(storageKey) === 'conversations' ? 'conversations' : 'captures';
  } catch {
    return 'captures';
  }
}

export function useAppView(): [AppView, (view: AppView) => void] {
  const [view, setViewState] = useState<AppView>(readView);
  const setView = useCallback((next: AppView) => {
    setViewState(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this session.
    }
  }, []);
  return [view, setView];
}

function isEditable(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (el as HTMLElement).isContentEditable;
}

/** V (the shortcuts table's toggleView) switches the view (never while typing or with a dialog open). */
export function useViewShortcut(view: AppView, setView: (view: AppView) => void) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || matchShortcut(e) !== 'toggleView') return;
      if (isEditable(document.activeElement) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      setView(view === 'captures' ? 'conversations' : 'captures');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [view, setView]);
}

export function ViewSwitch({ view, onChange }: { view: AppView; onChange(view: AppView): void }) {
  return (
    <div className={styles['view-switch']} title="Switch view (V)">
      <Tabs
        id="view"
        active={view}
        onChange={onChange}
        tabs={[
          { key: 'captures', label: 'Captures' },
          { key: 'conversations', label: 'Conversations' },
        ]}
      />
    </div>
  );
}
