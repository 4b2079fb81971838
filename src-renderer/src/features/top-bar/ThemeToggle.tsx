import { Icon } from '../../components/Icon';
import type { Theme, ThemePreference } from '../../state/use-theme';

export function ThemeToggle({
  preference,
  theme,
  onClick,
}: {
  preference: ThemePreference;
  theme: Theme;
  onClick(): void;
}) {
  const title =
    preference === 'system'
      ? `Theme follows the system (${theme}). Click for ${theme === 'dark' ? 'light' : 'dark'}.`
      : `Theme: ${theme}. Click to follow the system again.`;
  return (
    <button
      type="button"
      className="btn btn-ghost btn-icon"
      onClick={onClick}
      title={title}
      aria-label={title}
      data-testid="theme-toggle"
      data-preference={preference}
    >
      <Icon name={preference === 'system' ? 'monitor' : theme === 'dark' ? 'moon' : 'sun'} />
    </button>
  );
}
