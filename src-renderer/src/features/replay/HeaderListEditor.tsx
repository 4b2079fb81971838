// An editable list of header pairs: order kept, duplicates allowed, rows added and removed.
import { TextInput } from '../../components/form/inputs';
import type { ReactNode } from 'react';
import { Icon } from '../../components/Icon';
import { newHeaderRow, type HeaderRow } from '../../model/header-rows';
import panel from '../../components/tools-panel.module.css';
import styles from './HeaderListEditor.module.css';

interface HeaderListEditorProps {
  rows: HeaderRow[];
  onChange(rows: HeaderRow[]): void;
  label: string;
  /** Names shown dimmed with a note (e.g. Host, Content-Length: set for the target). */
  autoNames?: readonly string[];
  testId?: string;
}

export function HeaderListEditor({ rows, onChange, label, autoNames = [], testId }: HeaderListEditorProps) {
  const update = (key: number, patch: Partial<HeaderRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const auto = new Set(autoNames.map((n) => n.toLowerCase()));
  return (
    <div className={styles.list} role="group" aria-label={label} data-testid={testId}>
      {rows.map((row, i) => {
        const isAuto = auto.has(row.name.trim().toLowerCase());
        return (
          <div className={styles.row} key={row.key} data-auto={isAuto || undefined}>
            <TextInput
              aria-label={`Header ${i + 1} name`}
              placeholder="Name"
              value={row.name}
              onChange={(e) => update(row.key, { name: e.currentTarget.value })}
            />
            <TextInput
              aria-label={`Header ${i + 1} value`}
              placeholder="Value"
              value={row.value}
              title={isAuto ? 'Set automatically for the target when sending' : undefined}
              onChange={(e) => update(row.key, { value: e.currentTarget.value })}
            />
            <button
              type="button"
              className="btn btn-ghost btn-icon"
              aria-label={`Remove header ${row.name || i + 1}`}
              title="Remove"
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            >
              <Icon name="x" size={12} />
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className={`btn btn-xs ${styles.add}`}
        onClick={() => onChange([...rows, newHeaderRow()])}
      >
        + Add header
      </button>
    </div>
  );
}

/** The editor folded under "Headers N", with a line on what happens to them when sending. */
export function HeaderListDisclosure({ help, ...editor }: HeaderListEditorProps & { help: ReactNode }) {
  return (
    <details className={styles.details}>
      <summary>
        Headers <span className="tab-badge">{editor.rows.length}</span>
      </summary>
      <HeaderListEditor {...editor} />
      <p className={`${panel.help} ${styles['details-help']}`}>{help}</p>
    </details>
  );
}
