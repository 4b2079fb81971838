// Fixed-height windowed rows for the body views (text, hex, JSON tree): only the rows in view (plus
// a little overscan) exist in the DOM, so a 10 MB body costs the same to show as a 1 KB one.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

interface VirtualRowsProps {
  count: number;
  rowHeight: number;
  renderRow(index: number): ReactNode;
  className?: string;
  /** Accessible label for the scroll region. */
  label: string;
  /** Wider-than-viewport content scrolls horizontally instead of wrapping. */
  minWidth?: number;
}

export function VirtualRows({ count, rowHeight, renderRow, className, label, minWidth }: VirtualRowsProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is designed for this use
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 20,
  });
  const items = virtualizer.getVirtualItems();
  return (
    <div ref={scrollRef} className={`vrows ${className ?? ''}`} tabIndex={0} role="region" aria-label={label}>
      <div className="vrows-inner" style={{ height: virtualizer.getTotalSize(), minWidth }}>
        <div className="vrows-window" style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}>
          {items.map((item) => (
            <div key={item.key} className="vrow" style={{ height: rowHeight }} data-index={item.index}>
              {renderRow(item.index)}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
