// The virtualized capture list. Newest first; older pages load as you scroll towards the end.
// Live inserts land above: when you are scrolled away from the top the scroll position is shifted
// by exactly the inserted rows' height, so what you are reading does not move.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useCaptureList, useServices } from '../../state/app-context';
import { prefetchRows } from '../../model/capture-list-store';
import { indexOfId } from '../../model/sorted-captures';
import { CaptureRow } from './CaptureRow';
import listStyles from './capture-list.module.css';
import styles from './CaptureList.module.css';

export const captureRowHeight = 30;

interface CaptureListProps {
  listRef: React.RefObject<HTMLDivElement | null>;
  onOpen(id: number): void;
}

export function CaptureList({ listRef, onOpen }: CaptureListProps) {
  const { captures } = useServices();
  const items = useCaptureList((s) => s.items);
  const selectedId = useCaptureList((s) => s.selectedId);
  const insertion = useCaptureList((s) => s.insertion);
  const loading = useCaptureList((s) => s.loading);
  const hasMore = useCaptureList((s) => s.nextCursor !== null);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is designed for this use
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => captureRowHeight,
    overscan: 12,
    getItemKey: (index) => items[index]!.id,
  });

  // Keep the rows you are looking at still when new ones arrive above them.
  const lastGeneration = useRef(insertion.generation);
  useLayoutEffect(() => {
    if (insertion.generation === lastGeneration.current) return;
    lastGeneration.current = insertion.generation;
    const el = listRef.current;
    if (!el || insertion.prepended === 0) return;
    if (el.scrollTop > captureRowHeight / 2) {
      virtualizer.scrollToOffset(el.scrollTop + insertion.prepended * captureRowHeight);
    }
  }, [insertion, listRef, virtualizer]);

  // Bring the selection into view when it moves (keyboard), not when rows are inserted.
  useEffect(() => {
    if (selectedId === null) return;
    const index = indexOfId(captures.getState().items, selectedId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId, captures, virtualizer]);

  const virtualItems = virtualizer.getVirtualItems();
  const lastVisible = virtualItems[virtualItems.length - 1]?.index ?? 0;
  useEffect(() => {
    if (hasMore && items.length - lastVisible < prefetchRows) void captures.loadMore();
  }, [lastVisible, items.length, hasMore, captures]);

  const onSelect = useCallback((id: number) => captures.select(id), [captures]);

  return (
    <div
      ref={listRef}
      className={listStyles['capture-list']}
      role="listbox"
      tabIndex={0}
      aria-label="Captured requests, newest first"
      aria-activedescendant={selectedId !== null ? `capture-row-${selectedId}` : undefined}
      data-testid="capture-list"
    >
      <div
        className={styles['capture-list-inner']}
        data-testid="capture-list-inner"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualItems.map((row) => {
          const capture = items[row.index]!;
          return (
            <div
              key={row.key}
              className={styles['capture-slot']}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <CaptureRow
                capture={capture}
                selected={capture.id === selectedId}
                onSelect={onSelect}
                onOpen={onOpen}
              />
            </div>
          );
        })}
      </div>
      {loading === 'more' && <div className={styles['list-loading']}>Loading older captures…</div>}
    </div>
  );
}
