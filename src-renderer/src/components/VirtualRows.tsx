// Fixed-height windowed rows for the body views (text, hex, JSON tree): only the rows in view (plus
// a little overscan) exist in the DOM, so a 10 MB body costs the same to show as a 1 KB one.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import styles from './VirtualRows.module.css';

interface VirtualRowsProps {
  count: number;
  rowHeight: number;
  renderRow(index: number): ReactNode;
  className?: string;
  /** Accessible label for the scroll region. */
  label: string;
  /** Wider-than-viewport content scrolls horizontally instead of wrapping. */
  minWidth?: number;
  /** Rows are laid out to the region's width (the caller wraps them), so nothing scrolls sideways. */
  fitWidth?: boolean;
  /** Lets specs find the region without depending on styling. */
  testId?: string;
}

export function VirtualRows({
  count,
  rowHeight,
  renderRow,
  className,
  label,
  minWidth,
  fitWidth,
  testId,
}: VirtualRowsProps) {
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
    <div
      ref={scrollRef}
      className={`${styles.vrows} ${className ?? ''}`}
      tabIndex={0}
      role="region"
      aria-label={label}
      data-testid={testId}
    >
      <div
        className={fitWidth ? `${styles['vrows-inner']} ${styles['vrows-inner-fit']}` : styles['vrows-inner']}
        style={{ height: virtualizer.getTotalSize(), minWidth }}
      >
        <div style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}>
          {items.map((item) => (
            <div
              key={item.key}
              className={styles.vrow}
              style={{ height: rowHeight }}
              data-index={item.index}
              data-testid="virtual-row"
            >
              {renderRow(item.index)}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
