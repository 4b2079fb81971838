// The top bar's way into Settings.
import { Settings as SettingsIcon } from 'lucide-react';
import { openSettings } from './settings-sections';

export function SettingsButton() {
  return (
    <button
      type="button"
      className="btn btn-ghost"
      onClick={() => openSettings(null)}
      title="Settings: receiver, retention, providers, generic HMAC, tunnel"
      data-testid="open-settings"
    >
      <SettingsIcon size={14} aria-hidden="true" />
      <span>Settings</span>
    </button>
  );
}
