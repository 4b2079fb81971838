// The top bar's way into Settings.
import { Settings as SettingsIcon } from 'lucide-react';
import { useOpenTools } from '../../state/tools-context';

export function SettingsButton() {
  const openTools = useOpenTools();
  return (
    <button
      type="button"
      className="btn btn-ghost"
      onClick={() => openTools('settings', 'all')}
      title="Settings: receiver, retention, providers, generic HMAC, tunnel"
      data-testid="open-settings"
    >
      <SettingsIcon size={14} aria-hidden="true" />
      <span>Settings</span>
    </button>
  );
}
