// The Settings view: every setting updateSettings knows, one section each with its own Save, and
// current storage usage next to the retention limits. Opened from the top bar, or at one section
// from any diagnosis or note whose fix is a setting (openSettings).
import { useEffect, useState } from 'react';
import { useOperation } from '../../data/use-operation';
import { Dialog } from '../../components/Dialog';
import { useSettings } from '../tunnel/use-tunnel';
import { GenericHmacSection, ProviderByPathSection } from './ProviderSections';
import { MetaVerifyTokenSection, PublicUrlSection, ReceiverLimitSection } from './ReceiverSections';
import { RetentionSection } from './RetentionSection';
import { sectionTitles, type SettingsSection } from './settings-sections';
import { useToolsPanel } from '../../state/tools-context';
import { TunnelSection } from './TunnelSection';
import { forgetSavedSections } from './use-save-settings';
import styles from './settings.module.css';

export function SettingsDialog() {
  const [panel, setPanel] = useToolsPanel('settings');
  const open = panel !== null;
  const setOpen = (next: boolean) => {
    if (!next) setPanel(null);
  };
  const section = panel === null || panel === 'all' ? null : panel;
  return (
    <Dialog
      open={open}
      title="Settings"
      onClose={() => setOpen(false)}
      roomy
      className={styles.dialog}
      testId="settings-dialog"
    >
      <SettingsBody section={section} />
    </Dialog>
  );
}

function SettingsBody({ section }: { section: SettingsSection | null }) {
  // Mounted per opening: "Saved" marks start afresh.
  useState(() => forgetSavedSections());
  const settings = useSettings();
  // Usage as of this opening (then after settings changes, through the event bridge).
  const usage = useOperation('getStatus', {});
  const { refetch } = usage;
  useEffect(() => {
    void refetch();
  }, [refetch]);
  const status = usage.data ?? null;
  const ready = settings !== null;
  useEffect(() => {
    if (!ready || section === null) return;
    // After the dialog has opened (showModal focuses its first control).
    const frame = requestAnimationFrame(() => {
      const target = document.getElementById(`settings-${section}`);
      target?.scrollIntoView({ block: 'start' });
      target?.querySelector<HTMLElement>('input, select')?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, section]);
  if (!settings) return <p className="dialog-body">Loading settings…</p>;
  // A section's form restarts from the saved values when they change (here or elsewhere).
  const k = (section: SettingsSection, v: unknown) => `${section}:${JSON.stringify(v)}`;
  const at = (s: SettingsSection) => section === s;
  return (
    <div className={styles.body}>
      <nav className={styles.nav} aria-label="Settings sections">
        {(Object.keys(sectionTitles) as SettingsSection[]).map((s) => (
          <a
            key={s}
            href={`#settings-${s}`}
            className={styles['nav-link']}
            aria-current={at(s) ? 'true' : undefined}
          >
            {sectionTitles[s]}
          </a>
        ))}
      </nav>
      <div className={styles.sections}>
        <ReceiverLimitSection
          key={k('receiver-limit', settings.receiverMaxBodyBytes)}
          settings={settings}
          highlighted={at('receiver-limit')}
        />
        <MetaVerifyTokenSection
          key={k('meta-verify-token', settings.metaVerifyToken)}
          settings={settings}
          highlighted={at('meta-verify-token')}
        />
        <PublicUrlSection
          key={k('public-url', settings.publicUrl)}
          settings={settings}
          highlighted={at('public-url')}
        />
        <RetentionSection
          key={k('retention', [settings.retentionMaxCaptures, settings.retentionMaxBytes])}
          settings={settings}
          status={status}
          highlighted={at('retention')}
        />
        <ProviderByPathSection
          key={k('provider-by-path', settings.providerByPath)}
          settings={settings}
          highlighted={at('provider-by-path')}
        />
        <GenericHmacSection
          key={k('generic-hmac', settings.genericHmac)}
          settings={settings}
          highlighted={at('generic-hmac')}
        />
        <TunnelSection
          key={k('tunnel', [settings.tunnelDomain, settings.tunnelPathHint, settings.tunnelStartOnLaunch])}
          settings={settings}
          highlighted={at('tunnel')}
        />
      </div>
    </div>
  );
}
