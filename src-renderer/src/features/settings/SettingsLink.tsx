// "Change it in Settings" next to a diagnosis or note whose fix is a setting: opens the Settings
// view at that setting.
import { useOpenTools } from '../../state/tools-context';
import { sectionTitles, type SettingsSection } from './settings-sections';
import styles from './SettingsLink.module.css';

export function SettingsLink({ section }: { section: SettingsSection | null }) {
  const openTools = useOpenTools();
  if (section === null) return null;
  return (
    <button
      type="button"
      className={`link-button ${styles.link}`}
      onClick={() => openTools('settings', section)}
      data-testid="settings-link"
      data-section={section}
    >
      Open Settings › {sectionTitles[section]}
    </button>
  );
}
