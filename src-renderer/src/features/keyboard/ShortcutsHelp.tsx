// The `?` overlay: every shortcut of the one table, grouped, with the keys of this platform.
import { Dialog } from '../../components/Dialog';
import { Kbd } from '../../components/Kbd';
import { bindingKeys, shortcutGroups } from '../../model/shortcuts';

const mac = /Mac|iPhone|iPad/.test(navigator.platform);

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Dialog
      open={open}
      title="Keyboard shortcuts"
      onClose={onClose}
      className="shortcuts-dialog"
      testId="shortcuts-help"
    >
      <div className="dialog-body">
        {shortcutGroups().map(({ group, shortcuts }) => (
          <section key={group} aria-label={group}>
            <h3 className="section-title">{group}</h3>
            <dl className="shortcuts-list">
              {shortcuts.map((s) => (
                <div key={s.id} className="shortcuts-row" data-testid={`shortcut-${s.id}`}>
                  <dt>{s.label}</dt>
                  <dd>
                    {s.keys.map((binding, i) => (
                      <span key={i}>
                        {i > 0 && <span className="muted"> or </span>}
                        {bindingKeys(binding, mac).map((k) => (
                          <Kbd key={k}>{k}</Kbd>
                        ))}
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
