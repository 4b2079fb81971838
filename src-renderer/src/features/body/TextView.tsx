// Windowed plain-text view: lines are soft-wrapped at the pane's width into fixed-height rows and
// only the visible rows are rendered. Invisible/bidi control characters show as markers.
import { useMemo, useRef } from 'react';
import { renderVisible } from '../../components/PayloadText';
import { VirtualRows } from '../../components/VirtualRows';
import { layoutTextRows, type TextRows } from './text-rows';
import { useAfterPaint } from './use-after-paint';
import { useCharColumns } from './use-char-columns';
import styles from './body.module.css';

const rowHeight = 18;
const gutterPx = 64;

const layout = (input: { text: string; columns: number }): TextRows =>
  layoutTextRows(input.text, input.columns);

export function TextView({ text, label }: { text: string; label: string }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const columns = useCharColumns(hostRef, gutterPx + 28);
  const input = useMemo(() => (columns > 0 ? { text, columns } : null), [text, columns]);
  const rows = useAfterPaint(input, layout, text.length);

  return (
    <div className={styles['text-view']} ref={hostRef}>
      {rows.status === 'pending' ? (
        <div className={styles['body-placeholder']}>Laying out text…</div>
      ) : (
        <VirtualRows
          label={label}
          className={`mono ${styles['text-rows']}`}
          fitWidth
          testId="text-rows"
          count={rows.value.starts.length}
          rowHeight={rowHeight}
          renderRow={(i) => {
            const line = rows.value.lines[i]!;
            return (
              <>
                <span className={styles.gutter} aria-hidden="true">
                  {line === 0 ? '↪' : line}
                </span>
                <span className={styles.tx} dir="ltr" data-testid="line-text">
                  {renderVisible(text.slice(rows.value.starts[i], rows.value.ends[i]))}
                </span>
              </>
            );
          }}
        />
      )}
    </div>
  );
}
