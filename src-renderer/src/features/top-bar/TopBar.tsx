// The top bar: identity, where to send webhooks, tunnel slot, link state, theme.
import { CircleDot } from 'lucide-react';
import type { ConnectionState } from '../../api/client';
import { LucideGlyph } from '../../components/Icon';
import type { ServiceStatus } from '@shared/types';
import type { Theme, ThemePreference } from '../../state/use-theme';
import { TunnelSlot } from '../slots/TunnelSlot';
import { SignatureToolsButton } from '../signature/SignatureTools';
import { ReplayToolsMenu } from '../replay/ReplayToolsMenu';
import { SettingsButton } from '../settings/SettingsButton';
import { ConnectionIndicator } from './ConnectionIndicator';
import { LoopDelayIndicator } from './LoopDelayIndicator';
import { ReceiverUrl } from './ReceiverUrl';
import { ThemeToggle } from './ThemeToggle';
import styles from './top-bar.module.css';

interface TopBarProps {
  status: ServiceStatus | null;
  connection: ConnectionState;
  theme: { preference: ThemePreference; theme: Theme; cycle(): void };
}

export function TopBar({ status, connection, theme }: TopBarProps) {
  return (
    <header className={styles.topbar}>
      <div
        className={styles.brand}
        title={status ? `Hookscope ${status.version} · ${status.mode}` : 'Hookscope'}
      >
        <LucideGlyph icon={CircleDot} size={16} className={styles['brand-mark']} />
        <span>Hookscope</span>
      </div>
      <ReceiverUrl url={status?.receiverUrl ?? null} />
      <TunnelSlot />
      <span className="toolbar-spacer" />
      <ReplayToolsMenu />
      <SignatureToolsButton />
      <SettingsButton />
      <LoopDelayIndicator initial={status?.loopDelay ?? null} />
      <ConnectionIndicator state={connection} />
      <ThemeToggle preference={theme.preference} theme={theme.theme} onClick={theme.cycle} />
    </header>
  );
}
