// The frame of the dialogs that write code from a capture (Copy as, Generate handler): a picker of
// targets (the last choice remembered), what the core wrote or why it could not, and the files with
// copy and download. Each dialog supplies only its targets and what it shows about the result.
import { Fragment, useState, type HTMLAttributes, type ReactNode } from 'react';
import { CodePreview } from './CodePreview';
import { Dialog } from './Dialog';
import { PayloadText } from './PayloadText';
import styles from './CodeDialog.module.css';
import { SelectInput } from './form/inputs';

export interface CodeTarget<T extends string> {
  id: T;
  label: string;
  /** Targets with a group are listed under it (e.g. the language). */
  group?: string;
}

interface CodeDialogProps<T extends string> {
  open: boolean;
  onClose(): void;
  title: string;
  testId: string;
  pickerLabel: string;
  pickerTestId: string;
  targets: readonly CodeTarget<T>[];
  /** Where the last choice is kept, and the choice before there is one. */
  storageKey: string;
  fallback: T;
  /** The dialog's content for a target (remounted when the target changes). */
  children(target: T): ReactNode;
}

export function CodeDialog<T extends string>(props: CodeDialogProps<T>) {
  return (
    <Dialog
      open={props.open}
      title={props.title}
      onClose={props.onClose}
      roomy
      className={styles.dialog}
      testId={props.testId}
    >
      <CodeDialogBody {...props} />
    </Dialog>
  );
}

function remembered<T extends string>(key: string, targets: readonly CodeTarget<T>[], fallback: T): T {
  const saved = localStorage.getItem(key);
  return targets.find((t) => t.id === saved)?.id ?? fallback;
}

function CodeDialogBody<T extends string>(props: CodeDialogProps<T>) {
  const { targets, storageKey } = props;
  const [target, setTarget] = useState<T>(() => remembered(storageKey, targets, props.fallback));
  const groups = [...new Set(targets.map((t) => t.group))];
  const option = (t: CodeTarget<T>) => (
    <option key={t.id} value={t.id}>
      {t.label}
    </option>
  );
  return (
    <div className={`dialog-body ${styles.body}`}>
      <label className={styles.picker}>
        {props.pickerLabel}
        <SelectInput
          compact
          value={target}
          data-testid={props.pickerTestId}
          data-autofocus=""
          onChange={(e) => {
            const next = e.currentTarget.value as T;
            localStorage.setItem(storageKey, next);
            setTarget(next);
          }}
        >
          {groups.map((group) =>
            group === undefined ? (
              targets.filter((t) => t.group === undefined).map(option)
            ) : (
              <optgroup key={group} label={group}>
                {targets.filter((t) => t.group === group).map(option)}
              </optgroup>
            ),
          )}
        </SelectInput>
      </label>
      <Fragment key={target}>{props.children(target)}</Fragment>
    </div>
  );
}

/** A line above the code: what it does, how it was checked; `warn` for what it could not carry over. */
export function CodeNote({ warn, ...props }: HTMLAttributes<HTMLParagraphElement> & { warn?: boolean }) {
  return <p {...props} className={styles.note} data-kind={warn ? 'warn' : undefined} />;
}

/** "Writing…" while the core works, its refusal when it cannot, else the result. */
export function CodeOutcome({
  pending,
  error,
  errorTestId,
  children,
}: {
  pending: boolean;
  error: string | null;
  errorTestId: string;
  children: ReactNode;
}) {
  if (error !== null) {
    return (
      <p className={styles.error} role="alert" data-testid={errorTestId}>
        <PayloadText text={error} />
      </p>
    );
  }
  if (pending) return <CodeNote>Writing…</CodeNote>;
  return <>{children}</>;
}

/** One or more files of code, with a tab per named file, each with copy and download. */
export function CodeFiles({
  files,
  testId,
  fileTestId,
}: {
  files: readonly { name: string | null; content: string }[];
  testId: string;
  fileTestId?: string;
}) {
  const [index, setIndex] = useState(0);
  const file = files[Math.min(index, files.length - 1)];
  if (!file) return null;
  const named = files.every((f) => f.name !== null);
  return (
    <>
      {named && (
        <div className={styles.files} role="tablist" aria-label="Files">
          {files.map((f, i) => (
            <button
              key={f.name}
              type="button"
              role="tab"
              aria-selected={f === file}
              className={`btn btn-xs${f === file ? ' is-active' : ' btn-ghost'}`}
              onClick={() => setIndex(i)}
              data-testid={fileTestId}
            >
              {f.name}
            </button>
          ))}
        </div>
      )}
      <CodePreview code={file.content} fileName={file.name} testId={testId} />
    </>
  );
}
