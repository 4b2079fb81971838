// The top-bar entry to forwarding, response rules, test events and export/import: one menu button,
// one dialog with a tab per tool; plus the forwarding pause/resume chip while forwarding is set up.
import { useEffect, useRef, useState } from 'react';
import { Icon, LucideGlyph } from '../../components/Icon';
import { ToolsDialog } from '../../components/ToolsDialog';
import { ComposePanel } from '../compose/ComposePanel';
import { ExportImportPanel } from '../export-import/ExportImportPanel';
import { ForwardingPanel } from '../forwarding/ForwardingPanel';
import { ForwardPauseToggle } from '../forwarding/ForwardPauseToggle';
import { ResponseRulesPanel } from '../response-rules/ResponseRulesPanel';
import { useToolsPanel, type ReplayToolsPanel } from '../../state/tools-context';
import { ArrowRightLeft } from 'lucide-react';
import styles from './ReplayToolsMenu.module.css';

const items: { key: ReplayToolsPanel; label: string; hint: string }[] = [
  { key: 'forwarding', label: 'Forwarding…', hint: 'Send every capture to your local handler' },
  { key: 'rules', label: 'Response rules…', hint: 'Answer 500, delay or drop to see retries' },
  { key: 'compose', label: 'Compose test event…', hint: 'Signed sample events per provider' },
  { key: 'export', label: 'Export / Import…', hint: 'HAR and JSON out, HAR in' },
];

const tabLabels: Record<ReplayToolsPanel, string> = {
  forwarding: 'Forwarding',
  rules: 'Response rules',
  compose: 'Compose test event',
  export: 'Export / Import',
};

export function ReplayToolsMenu() {
  const [panel, setPanel] = useToolsPanel('replay');
  return (
    <>
      <ForwardPauseToggle onOpen={() => setPanel('forwarding')} />
      <ToolsMenuButton onPick={setPanel} />
      <ReplayToolsDialog panel={panel} onPanel={setPanel} />
    </>
  );
}

function ToolsMenuButton({ onPick }: { onPick(panel: ReplayToolsPanel): void }) {
  const [open, setOpen] = useState(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onDown = (e: PointerEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };

  return (
    <div className={styles['menu-wrap']} ref={wrapRef}>
      <button
        ref={buttonRef}
        type="button"
        className={`btn btn-ghost ${styles['menu-button']}`}
        aria-haspopup="menu"
        aria-expanded={open}
        title="Forwarding, response rules, test events, export and import"
        onClick={() => setOpen((o) => !o)}
        data-testid="replay-tools"
      >
        <LucideGlyph icon={ArrowRightLeft} />
        <span>Replay tools</span>
        <Icon name="chevronDown" size={12} />
      </button>
      {open && (
        <div
          className={styles.menu}
          role="menu"
          aria-label="Replay tools"
          ref={menuRef}
          onKeyDown={(e) => {
            const all = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
            const i = all.indexOf(document.activeElement as HTMLElement);
            if (e.key === 'ArrowDown') all[(i + 1) % all.length]?.focus();
            else if (e.key === 'ArrowUp') all[(i - 1 + all.length) % all.length]?.focus();
            else if (e.key === 'Home') all[0]?.focus();
            else if (e.key === 'End') all.at(-1)?.focus();
            else if (e.key === 'Escape' || e.key === 'Tab') {
              close(e.key === 'Escape');
              if (e.key === 'Tab') return;
            } else return;
            e.preventDefault();
            e.stopPropagation();
          }}
        >
          {items.map((item) => (
            <button
              key={item.key}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={styles['menu-item']}
              onClick={() => {
                close(false);
                onPick(item.key);
              }}
              data-testid={`tools-${item.key}`}
            >
              <span className={styles['menu-label']}>{item.label}</span>
              <span className={styles['menu-hint']}>{item.hint}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

function ReplayToolsDialog({
  panel,
  onPanel,
}: {
  panel: ReplayToolsPanel | null;
  onPanel(panel: ReplayToolsPanel | null): void;
}) {
  const content: Record<ReplayToolsPanel, React.ReactNode> = {
    forwarding: <ForwardingPanel />,
    rules: <ResponseRulesPanel />,
    compose: <ComposePanel />,
    export: <ExportImportPanel onDone={() => onPanel(null)} />,
  };
  return (
    <ToolsDialog<ReplayToolsPanel>
      id="replay-tools"
      title="Replay tools"
      panel={panel}
      onPanel={onPanel}
      tabs={items.map((i) => ({ key: i.key, label: tabLabels[i.key], content: content[i.key] }))}
      classNames={{ dialog: styles.dialog!, head: styles['dialog-head']!, body: styles.body! }}
      testId="replay-tools-dialog"
    />
  );
}
