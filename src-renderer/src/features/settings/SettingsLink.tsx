// "Change it in Settings" next to a diagnosis or note whose fix is a setting: opens the Settings
// view at that setting.
import { openSettings, sectionTitles, type SettingsSection } from './settings-sections';

export function SettingsLink({ section }: { section: SettingsSection | null }) {
  if (section === null) return null;
  return (
    <button
      type="button"
      className="link-button settings-link"
      onClick={() => openSettings(section)}
      data-testid="settings-link"
      data-section={section}
    >
      Open Settings › {sectionTitles[section]}
    </button>
  );
}
