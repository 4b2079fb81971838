// Keyboard-first navigation, in one place:
//   ↑/↓ or k/j   move the selection          PgUp/PgDn, Home/End   jump
//   Enter         open the selection (focus the detail pane)
//   / or Ctrl/⌘K  search                     Esc   back out (detail → list → clear selection)
//   1–4           switch detail tabs
// Typing in a field is never hijacked (except Ctrl/⌘K, which is meant to work from anywhere).
import { useEffect } from 'react';
import type { CaptureListStore } from '../../model/capture-list-store';
import { captureRowHeight } from '../capture-list/CaptureList';
import { detailTabs, type DetailTab } from '../detail/DetailPane';

interface ShortcutTargets {
  captures: CaptureListStore;
  listRef: React.RefObject<HTMLElement | null>;
  detailRef: React.RefObject<HTMLElement | null>;
  searchRef: React.RefObject<HTMLInputElement | null>;
  setTab(tab: DetailTab): void;
}

function isEditable(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (el as HTMLElement).isContentEditable;
}

export function useGlobalShortcuts({ captures, listRef, detailRef, searchRef, setTab }: ShortcutTargets) {
  useEffect(() => {
    const focusSearch = () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const active = document.activeElement;
      const mod = e.metaKey || e.ctrlKey;

      if (mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        focusSearch();
        return;
      }
      if (isEditable(active) || mod || e.altKey) return;

      const inDetail = !!detailRef.current && !!active && detailRef.current.contains(active);
      const inList = !!listRef.current && (active === listRef.current || listRef.current.contains(active));
      const onPage = active === document.body || active === null || active === document.documentElement;
      const navigable = inList || onPage;
      const pageRows = Math.max(1, Math.floor((listRef.current?.clientHeight ?? 300) / captureRowHeight) - 1);

      const handled = (() => {
        switch (e.key) {
          case '/':
            focusSearch();
            return true;
          case 'ArrowDown':
          case 'j':
            if (!navigable) return false;
            captures.moveSelection(1);
            listRef.current?.focus({ preventScroll: true });
            return true;
          case 'ArrowUp':
          case 'k':
            if (!navigable) return false;
            captures.moveSelection(-1);
            listRef.current?.focus({ preventScroll: true });
            return true;
          case 'PageDown':
            if (!navigable) return false;
            captures.moveSelection(pageRows);
            return true;
          case 'PageUp':
            if (!navigable) return false;
            captures.moveSelection(-pageRows);
            return true;
          case 'Home':
            if (!navigable) return false;
            captures.selectEdge('first');
            return true;
          case 'End':
            if (!navigable) return false;
            captures.selectEdge('last');
            return true;
          case 'Enter':
            if (!navigable || captures.getState().selectedId === null) return false;
            detailRef.current?.focus();
            return true;
          case 'Escape':
            if (inDetail) {
              listRef.current?.focus();
              return true;
            }
            if (navigable && captures.getState().selectedId !== null) {
              captures.select(null);
              return true;
            }
            return false;
          default: {
            // 1…9 pick the detail tab in the order shown (however many tabs there are).
            const tab = /^[1-9]$/.test(e.key) ? detailTabs[Number(e.key) - 1] : undefined;
            if (!tab || captures.getState().selectedId === null) return false;
            setTab(tab);
            return true;
          }
        }
      })();
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [captures, listRef, detailRef, searchRef, setTab]);
}
