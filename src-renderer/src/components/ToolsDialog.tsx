// The top-bar tool dialogs (signatures, replay tools) on the one Dialog: a tab per tool and one
// panel area. `panel` is both "is it open" and "which tab": null
// closes the native <dialog>, a key opens it on that tab.
import { Dialog } from './Dialog';
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
  return (
    <Dialog
      open={panel !== null}
      title={title}
      onClose={() => onPanel(null)}
      className={classNames.dialog}
      headClassName={classNames.head}
      testId={testId}
    >
      {panel && (
        <>
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
    </Dialog>
  );
}
