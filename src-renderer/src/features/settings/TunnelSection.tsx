// The tunnel options kept in settings (the authtoken is in the secret store: see Tunnel settings).
import { useForm } from 'react-hook-form';
import { tunnelDomain, tunnelPathHint } from '@shared/tunnel-types';
import type { Settings } from '@shared/types';
import { Field, SettingsSectionFrame } from './SettingsSectionFrame';
import { useSaveSettings } from './use-save-settings';

const issue = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? true : (r.error?.issues[0]?.message ?? 'Not valid');

export function TunnelSection({ settings, highlighted }: { settings: Settings; highlighted: boolean }) {
  const { save, error, savedAt } = useSaveSettings('tunnel');
  const form = useForm({
    defaultValues: {
      domain: settings.tunnelDomain ?? '',
      pathHint: settings.tunnelPathHint ?? '',
      startOnLaunch: settings.tunnelStartOnLaunch,
    },
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  return (
    <SettingsSectionFrame
      section="tunnel"
      highlighted={highlighted}
      help="Used the next time the tunnel starts. The ngrok authtoken is set in the top bar's tunnel settings and never shown."
      onSubmit={form.handleSubmit(async (v) => {
        const ok = await save({
          tunnelDomain: v.domain.trim() === '' ? null : v.domain.trim(),
          tunnelPathHint: v.pathHint.trim() === '' ? null : v.pathHint.trim(),
          tunnelStartOnLaunch: v.startOnLaunch,
        });
        if (ok) form.reset(v);
      })}
      dirty={isDirty}
      saving={isSubmitting}
      error={error}
      saved={savedAt !== null}
    >
      <div className="st-row">
        <Field id="st-tunnel-domain" label="Reserved domain" error={errors.domain?.message}>
          <input
            id="st-tunnel-domain"
            className="tn-field-input mono"
            spellCheck={false}
            placeholder="your-name.ngrok-free.app"
            {...form.register('domain', {
              validate: (v) => (v.trim() === '' ? true : issue(tunnelDomain.safeParse(v.trim()))),
            })}
          />
        </Field>
        <Field id="st-tunnel-path" label="Webhook path" error={errors.pathHint?.message}>
          <input
            id="st-tunnel-path"
            className="tn-field-input mono"
            spellCheck={false}
            placeholder="/webhooks/whatsapp"
            {...form.register('pathHint', {
              validate: (v) => (v.trim() === '' ? true : issue(tunnelPathHint.safeParse(v.trim()))),
            })}
          />
        </Field>
      </div>
      <label className="tn-field-check">
        <input type="checkbox" {...form.register('startOnLaunch')} />
        Start the tunnel when Hookscope starts
      </label>
    </SettingsSectionFrame>
  );
}
