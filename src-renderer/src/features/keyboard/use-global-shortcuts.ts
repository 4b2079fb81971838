// Keyboard-first navigation: what each shortcut of the one table (@shared/shortcuts) does here.
// Typing in a field is never hijacked (except Ctrl/⌘K, which is meant to work from anywhere).
import { useEffect } from 'react';
import { detailTabIndex, matchShortcut } from '../../model/shortcuts';
import type { CaptureListStore } from '../../model/capture-list-store';
import { captureRowHeight } from '../capture-list/CaptureList';
import { detailTabs, type DetailTab } from '../detail/DetailPane';

interface ShortcutTargets {
  captures: CaptureListStore;
  listRef: React.RefObject<HTMLElement | null>;
  detailRef: React.RefObject<HTMLElement | null>;
  searchRef: React.RefObject<HTMLInputElement | null>;
  setTab(tab: DetailTab): void;
  /** `?`: the shortcuts overlay. */
  onHelp(): void;
}

function isEditable(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (el as HTMLElement).isContentEditable;
}

export function useGlobalShortcuts({
  captures,
  listRef,
  detailRef,
  searchRef,
  setTab,
  onHelp,
}: ShortcutTargets) {
  useEffect(() => {
    const focusSearch = () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const active = document.activeElement;
      const mod = e.metaKey || e.ctrlKey;

      // Ctrl/⌘K works from anywhere, even while typing; the rest never hijack a field.
      if (mod && matchShortcut(e) === 'focusSearch') {
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
        switch (matchShortcut(e)) {
          case 'focusSearch':
            focusSearch();
            return true;
          case 'showShortcuts':
            onHelp();
            return true;
          case 'moveDown':
            if (!navigable) return false;
            captures.moveSelection(1);
            listRef.current?.focus({ preventScroll: true });
            return true;
          case 'moveUp':
            if (!navigable) return false;
            captures.moveSelection(-1);
            listRef.current?.focus({ preventScroll: true });
            return true;
          case 'pageDown':
            if (!navigable) return false;
            captures.moveSelection(pageRows);
            return true;
          case 'pageUp':
            if (!navigable) return false;
            captures.moveSelection(-pageRows);
            return true;
          case 'first':
            if (!navigable) return false;
            captures.selectEdge('first');
            return true;
          case 'last':
            if (!navigable) return false;
            captures.selectEdge('last');
            return true;
          case 'open':
            if (!navigable || captures.getState().selectedId === null) return false;
            detailRef.current?.focus();
            return true;
          case 'back':
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
            const index = detailTabIndex(e);
            const tab = index === null ? undefined : detailTabs[index];
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
  }, [captures, listRef, detailRef, searchRef, setTab, onHelp]);
}
