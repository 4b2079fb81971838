// Layout and wiring: top bar, list pane (search, list, footer), splitter, detail pane.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Kbd } from './components/Kbd';
import { CaptureList } from './features/capture-list/CaptureList';
import { ListHeader } from './features/capture-list/ListHeader';
import { ClearAllButton, useClearAll } from './features/clear/ClearAllButton';
import { ConversationsView } from './features/conversations/ConversationsView';
import { useAppView, useViewShortcut, ViewSwitch } from './features/conversations/ViewSwitch';
import { DetailPane, type DetailTab } from './features/detail/DetailPane';
import { EmptyState, NoMatches } from './features/empty-state/EmptyState';
import { NoTokenScreen } from './features/auth/NoTokenScreen';
import { useAppCommands } from './features/keyboard/use-app-commands';
import { useGlobalShortcuts } from './features/keyboard/use-global-shortcuts';
import { ShortcutsHelp } from './features/keyboard/ShortcutsHelp';
import { useSplitWidth } from './features/layout/use-split-width';
import { SearchBar } from './features/search/SearchBar';
import { TopBar } from './features/top-bar/TopBar';
import { SettingsDialog } from './features/settings/SettingsDialog';
import { useCaptureList, useServices } from './state/app-context';
import { type CaptureFilters, hasAnyFilter, noFilters } from './model/capture-filters';
import { useConnectionState } from './state/use-connection';
import { useServiceStatus } from './state/use-status';
import { StartupNotices } from './features/startup-notices/StartupNotices';
import { useTheme } from './state/use-theme';
import frame from './features/layout/workspace.module.css';

export function App() {
  const { client, captures } = useServices();
  const status = useServiceStatus();
  const connection = useConnectionState();
  const theme = useTheme();
  const split = useSplitWidth();
  const clearAll = useClearAll();

  const filters = useCaptureList((s) => s.filters);
  const loaded = useCaptureList((s) => s.loaded);
  const itemCount = useCaptureList((s) => s.items.length);
  const total = useCaptureList((s) => s.total);
  const error = useCaptureList((s) => s.error);
  const selectedId = useCaptureList((s) => s.selectedId);
  const unseen = useCaptureList((s) => s.unseenWhileSearching);
  const unindexed = useCaptureList((s) => s.unindexed);

  // null until the user picks a tab: each capture then opens on Messages (decoded) or Overview.
  const [tab, setTab] = useState<DetailTab | null>(null);
  const [view, setView] = useAppView();
  const [searchKey, setSearchKey] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const detailRef = useRef<HTMLElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // The first page loads once; events reach the list through the event bridge (main.tsx).
  useEffect(() => {
    void captures.setFilters(noFilters);
  }, [captures]);

  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useGlobalShortcuts({ captures, listRef, detailRef, searchRef, setTab, onHelp: openHelp });
  useViewShortcut(view, setView);
  useAppCommands(client, {
    clearCaptures: () => {
      if (!clearAll.disabled) clearAll.open();
    },
    focusSearch: () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    toggleTheme: theme.toggle,
  });

  const onFilters = useCallback((f: CaptureFilters) => void captures.setFilters(f), [captures]);
  const clearFilters = useCallback(() => {
    setSearchKey((k) => k + 1);
    void captures.setFilters(noFilters);
  }, [captures]);
  const focusList = useCallback(() => {
    if (captures.getState().selectedId === null) captures.moveSelection(1);
    listRef.current?.focus();
  }, [captures]);
  const openCapture = useCallback(
    (id: number) => {
      captures.select(id);
      detailRef.current?.focus();
    },
    [captures],
  );
  const selectCapture = useCallback((id: number) => captures.select(id), [captures]);
  // A bubble in the Conversations view opens its capture in the Captures view.
  const openFromConversation = useCallback(
    (id: number) => {
      setView('captures');
      captures.select(id);
      requestAnimationFrame(() => detailRef.current?.focus());
    },
    [captures, setView],
  );
  const viewSwitch = <ViewSwitch view={view} onChange={setView} />;

  if (connection === 'unauthorized') return <NoTokenScreen refused />;

  const filtered = hasAnyFilter(filters);
  const nothingStored = loaded && total === 0 && itemCount === 0 && !filtered;

  return (
    <div className={frame.app}>
      <ErrorBoundary pane="top bar">
        <TopBar status={status} connection={connection} theme={theme} />
      </ErrorBoundary>
      <div>
        <StartupNotices notices={status?.startupNotices ?? []} />
      </div>
      {nothingStored ? (
        <main className={`${frame.workspace} ${frame['workspace-empty']}`}>
          <EmptyState receiverUrl={status?.receiverUrl ?? null} />
        </main>
      ) : view === 'conversations' ? (
        <main className={`${frame.workspace} ${frame['workspace-conversations']}`} id="view-panel">
          <ErrorBoundary pane="conversations view">
            <ConversationsView viewSwitch={viewSwitch} onOpenCapture={openFromConversation} />
          </ErrorBoundary>
        </main>
      ) : (
        <main
          className={frame.workspace}
          id="view-panel"
          style={{ gridTemplateColumns: `${split.width}px 1px minmax(360px, 1fr)` }}
        >
          <section className={frame['list-pane']} aria-label="Captures">
            {viewSwitch}
            <div className={frame['list-toolbar']}>
              <SearchBar
                key={searchKey}
                ref={searchRef}
                filters={filters}
                onChange={onFilters}
                onLeave={focusList}
              />
              <ClearAllButton onClick={clearAll.open} disabled={clearAll.disabled} />
            </div>
            {unindexed > 0 && (
              <button
                type="button"
                className={frame['new-pill']}
                onClick={() => void captures.reload()}
                data-testid="search-unindexed"
              >
                {unindexed.toLocaleString()} capture{unindexed === 1 ? ' is' : 's are'} still being indexed —
                search again
              </button>
            )}
            {unseen > 0 && (
              <button type="button" className={frame['new-pill']} onClick={() => void captures.reload()}>
                {unseen} new capture{unseen === 1 ? '' : 's'} — refresh results
              </button>
            )}
            <ListHeader />
            {error && (
              <div className="banner banner-error" role="alert">
                {error}{' '}
                <button type="button" className="link-button" onClick={() => void captures.reload()}>
                  Retry
                </button>
              </div>
            )}
            {loaded && itemCount === 0 && filtered ? (
              <NoMatches onClear={clearFilters} />
            ) : (
              <ErrorBoundary pane="capture list">
                <CaptureList listRef={listRef} onOpen={openCapture} />
              </ErrorBoundary>
            )}
            <footer className={frame['list-footer']}>
              <span data-testid="capture-count">
                {filtered
                  ? `${itemCount.toLocaleString()} match${itemCount === 1 ? '' : 'es'} loaded · ${total.toLocaleString()} stored`
                  : `${total.toLocaleString()} capture${total === 1 ? '' : 's'}`}
              </span>
              <span className="toolbar-spacer" />
              <span className={frame.hints} aria-hidden="true">
                <Kbd>↑</Kbd>
                <Kbd>↓</Kbd> move <Kbd>↵</Kbd> open <Kbd>/</Kbd> search <Kbd>Esc</Kbd> back <Kbd>V</Kbd> chats{' '}
                <Kbd>?</Kbd> all
              </span>
            </footer>
          </section>
          <div
            className={frame.splitter}
            role="separator"
            aria-orientation="vertical"
            aria-label="Resize list"
            tabIndex={0}
            onPointerDown={split.onPointerDown}
            onKeyDown={(e) => {
              if (e.key === 'ArrowLeft') split.nudge(-24);
              else if (e.key === 'ArrowRight') split.nudge(24);
              else return;
              e.preventDefault();
              e.stopPropagation();
            }}
          />
          <ErrorBoundary pane="capture detail" resetKey={selectedId}>
            <DetailPane
              ref={detailRef}
              selectedId={selectedId}
              tab={tab}
              onTab={setTab}
              onSelect={selectCapture}
            />
          </ErrorBoundary>
        </main>
      )}
      {clearAll.dialog}
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
      <SettingsDialog />
    </div>
  );
}
