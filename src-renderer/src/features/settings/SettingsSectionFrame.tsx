// One section of the Settings view: its title (the deep-link target), what it does, its fields and
// its own Save, so a change in one section never carries half-typed values of another.
import type { ReactNode } from 'react';
import { sectionTitles, type SettingsSection } from './settings-sections';

interface FrameProps {
  section: SettingsSection;
  help: ReactNode;
  children: ReactNode;
  onSubmit(e: React.FormEvent): void;
  dirty: boolean;
  saving: boolean;
  error: string | null;
  saved: boolean;
  highlighted: boolean;
}

export function SettingsSectionFrame(props: FrameProps) {
  const { section } = props;
  return (
    <form
      id={`settings-${section}`}
      className="st-section"
      data-highlighted={props.highlighted || undefined}
      aria-labelledby={`settings-${section}-title`}
      onSubmit={props.onSubmit}
      data-testid={`settings-${section}`}
      noValidate
    >
      <h3 className="st-title" id={`settings-${section}-title`}>
        {sectionTitles[section]}
      </h3>
      <p className="st-help">{props.help}</p>
      {props.children}
      <div className="st-footer">
        {props.error && (
          <p className="st-error" role="alert">
            {props.error}
          </p>
        )}
        {!props.error && props.saved && !props.dirty && (
          <span className="st-saved" role="status">
            Saved
          </span>
        )}
        <button
          type="submit"
          className="btn btn-xs btn-primary"
          disabled={!props.dirty || props.saving}
          data-testid={`settings-${section}-save`}
        >
          {props.saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}

export function Field({
  id,
  label,
  help,
  error,
  children,
}: {
  id: string;
  label: string;
  help?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="st-field">
      <label className="st-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {error && <p className="st-field-error">{error}</p>}
      {help && <p className="st-field-help">{help}</p>}
    </div>
  );
}
