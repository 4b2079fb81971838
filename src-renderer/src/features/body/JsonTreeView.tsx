// Collapsible JSON tree, windowed. Big containers start collapsed; click a row to toggle it,
// Alt-click to expand everything beneath it. Keys and strings are text nodes, bidi-isolated.
import { memo, useCallback, useMemo, useState } from 'react';
import { CopyButton } from '../../components/CopyButton';
import { PayloadText } from '../../components/PayloadText';
import { VirtualRows } from '../../components/VirtualRows';
import { rawNumberText } from '../../model/json-parse';
import styles from './body.module.css';
import {
  accessPath,
  defaultExpanded,
  expandSubtree,
  flattenTree,
  rootId,
  type TreeRow,
} from '../../model/json-tree';

const rowHeight = 20;
const maxStringChars = 400;

function countLabel(row: TreeRow): string {
  const n = row.size ?? 0;
  return row.container === 'array' ? `${n} item${n === 1 ? '' : 's'}` : `${n} key${n === 1 ? '' : 's'}`;
}

function LeafValue({ value }: { value: unknown }) {
  const raw = rawNumberText(value);
  if (raw !== null)
    return (
      <span className={styles['jt-number']} title="exact value (beyond 2^53)">
        {raw}
      </span>
    );
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value);
    const shown = quoted.length > maxStringChars ? `${quoted.slice(0, maxStringChars)}…` : quoted;
    return (
      <span className={styles['jt-string']}>
        <PayloadText text={shown} />
        {quoted.length > maxStringChars && (
          <span className={styles['jt-meta']}>{value.length.toLocaleString()} chars</span>
        )}
      </span>
    );
  }
  if (typeof value === 'number') return <span className={styles['jt-number']}>{String(value)}</span>;
  if (typeof value === 'boolean') return <span className={styles['jt-bool']}>{String(value)}</span>;
  return <span className={styles['jt-null']}>null</span>;
}

const TreeRowView = memo(function TreeRowView({
  row,
  onToggle,
}: {
  row: TreeRow;
  onToggle(row: TreeRow, deep: boolean): void;
}) {
  const isToggle = row.kind === 'open' || (row.kind === 'collapsed' && (row.size ?? 0) > 0);
  const open = row.container === 'array' ? '[' : '{';
  const close = row.container === 'array' ? ']' : '}';
  return (
    <div
      className={styles['jt-row']}
      data-testid="json-row"
      data-kind={row.kind}
      style={{ paddingLeft: `calc(var(--space-4) + ${row.depth} * var(--space-7))` }}
      onClick={isToggle ? (e) => onToggle(row, e.altKey) : undefined}
      data-toggle={isToggle || undefined}
    >
      <span className={styles['jt-caret']} aria-hidden="true">
        {isToggle ? (row.kind === 'open' ? '▾' : '▸') : ''}
      </span>
      {row.name !== null && row.kind !== 'close' && (
        <>
          {typeof row.name === 'number' ? (
            <span className={styles['jt-index']}>{row.name}</span>
          ) : (
            <span className={styles['jt-key']}>
              <PayloadText text={JSON.stringify(row.name)} />
            </span>
          )}
          <span className={styles['jt-punct']}>: </span>
        </>
      )}
      {row.kind === 'leaf' && <LeafValue value={row.value} />}
      {row.kind === 'open' && (
        <>
          <span className={styles['jt-punct']}>{open}</span>
          <span className={styles['jt-meta']}>{countLabel(row)}</span>
        </>
      )}
      {row.kind === 'collapsed' && (
        <>
          <span className={styles['jt-punct']}>
            {open}
            {(row.size ?? 0) > 0 ? '…' : ''}
            {close}
          </span>
          {(row.size ?? 0) > 0 && <span className={styles['jt-meta']}>{countLabel(row)}</span>}
        </>
      )}
      {row.kind === 'close' && <span className={styles['jt-punct']}>{close}</span>}
      {row.kind !== 'close' && (
        <span className={styles['jt-actions']}>
          <CopyButton
            label="Copy value"
            getText={() => (typeof row.value === 'string' ? row.value : JSON.stringify(row.value, null, 2))}
          />
          {row.id !== rootId && (
            <CopyButton label={`Copy path ${accessPath(row.id)}`} getText={() => accessPath(row.id)} />
          )}
        </span>
      )}
    </div>
  );
});

export function JsonTreeView({ value, label }: { value: unknown; label: string }) {
  const [expanded, setExpanded] = useState<Set<string>>(() => defaultExpanded(value));
  const rows = useMemo(() => flattenTree(value, expanded), [value, expanded]);

  const onToggle = useCallback((row: TreeRow, deep: boolean) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (row.kind === 'open') {
        next.delete(row.id);
        if (deep)
          for (const id of prev)
            if (id.startsWith(`${row.id}.`) || id.startsWith(`${row.id}[`)) next.delete(id);
      } else if (deep) expandSubtree(row.value, row.id, next);
      else next.add(row.id);
      return next;
    });
  }, []);

  return (
    <div className={styles['json-tree-wrap']}>
      <div className={styles['tree-tools']}>
        <button
          type="button"
          className="btn btn-ghost btn-xs"
          title="Expand every node (bounded for huge bodies)"
          onClick={() =>
            setExpanded(() => {
              const next = new Set<string>();
              expandSubtree(value, rootId, next);
              return next;
            })
          }
        >
          Expand all
        </button>
        <button type="button" className="btn btn-ghost btn-xs" onClick={() => setExpanded(new Set([rootId]))}>
          Collapse all
        </button>
      </div>
      <VirtualRows
        label={label}
        className={`mono ${styles['json-tree']}`}
        testId="json-tree"
        count={rows.length}
        rowHeight={rowHeight}
        renderRow={(i) => <TreeRowView row={rows[i]!} onToggle={onToggle} />}
      />
    </div>
  );
}
