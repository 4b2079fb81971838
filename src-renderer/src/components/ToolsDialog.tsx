// The modal shell shared by the top-bar tool dialogs (signatures, replay tools): a title with a close
// button, a tab per tool and one panel area. `panel` is both "is it open" and "which tab": null
// closes the native <dialog>, a key opens it on that tab.
import { useEffect, useRef } from 'react';
import { Icon } from './Icon';
import { Tabs } from './Tabs';

export interface ToolsDialogTab<K extends string> {
  key: K;
  label: string;
  content: React.ReactNode;
}

interface ToolsDialogProps<K extends string> {
  /** Prefix for the ids that tie the title, the tabs and the panel together. */
  id: string;
  title: string;
  panel: K | null;
  onPanel(panel: K | null): void;
  tabs: ToolsDialogTab<K>[];
  /** Each dialog keeps its own size and spacing in its own stylesheet. */
  classNames: { dialog: string; head: string; body: string; pane?: string };
  testId: string;
}

export function ToolsDialog<K extends string>({
  id,
  title,
  panel,
  onPanel,
  tabs,
  classNames,
  testId,
}: ToolsDialogProps<K>) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (panel && !dialog.open) dialog.showModal();
    else if (!panel && dialog.open) dialog.close();
  }, [panel]);

  return (
    <dialog
      ref={ref}
      className={`dialog ${classNames.dialog}`}
      aria-labelledby={`${id}-title`}
      // React forwards a nested dialog's cancel/close (e.g. a delete confirmation) up the component
      // tree: only this dialog's own events close it.
      onCancel={(e) => {
        if (e.target !== e.currentTarget) return;
        e.preventDefault();
        onPanel(null);
      }}
      onClose={(e) => {
        if (e.target === e.currentTarget) onPanel(null);
      }}
      onKeyDown={(e) => e.stopPropagation()}
      data-testid={testId}
    >
      {panel && (
        <>
          <header className={classNames.head}>
            <h2 id={`${id}-title`} className="dialog-title">
              {title}
            </h2>
            <button
              type="button"
              className="btn btn-ghost btn-icon"
              aria-label="Close"
              title="Close (Esc)"
              onClick={() => onPanel(null)}
            >
              <Icon name="x" />
            </button>
          </header>
          <Tabs<K>
            id={id}
            active={panel}
            onChange={(key) => onPanel(key)}
            tabs={tabs.map((t) => ({ key: t.key, label: t.label }))}
          />
          <div
            className={classNames.body}
            role="tabpanel"
            id={`${id}-panel`}
            aria-labelledby={`${id}-tab-${panel}`}
          >
            {/* Every panel stays mounted while the dialog is open, so half-typed input (a pasted
                request, a draft rule) survives a look at another tab. */}
            {tabs.map((t) => (
              <div key={t.key} hidden={panel !== t.key} className={classNames.pane}>
                {t.content}
              </div>
            ))}
          </div>
        </>
      )}
    </dialog>
  );
}
