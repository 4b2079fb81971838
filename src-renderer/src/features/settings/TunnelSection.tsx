// The tunnel options kept in settings (the authtoken is in the secret store: see Tunnel settings).
import type { Settings } from '@shared/types';
import { describedBy, Field, FieldRow } from '../../components/form/Field';
import { CheckboxField, TextInput } from '../../components/form/inputs';
import { tunnelForm, tunnelValues } from '../../model/settings-forms';
import { SettingsSectionForm } from './SettingsSectionForm';

export function TunnelSection({ settings, highlighted }: { settings: Settings; highlighted: boolean }) {
  return (
    <SettingsSectionForm
      section="tunnel"
      highlighted={highlighted}
      help="Used the next time the tunnel starts. The ngrok authtoken is set in the top bar's tunnel settings and never shown."
      schema={tunnelForm}
      values={tunnelValues(settings)}
    >
      {({ register, formState: { errors } }) => (
        <>
          <FieldRow>
            <Field id="st-tunnel-domain" label="Reserved domain" error={errors.domain?.message}>
              <TextInput
                placeholder="your-name.ngrok-free.app"
                {...describedBy('st-tunnel-domain', errors.domain?.message)}
                {...register('domain')}
              />
            </Field>
            <Field id="st-tunnel-path" label="Webhook path" error={errors.pathHint?.message}>
              <TextInput
                placeholder="/webhooks/whatsapp"
                {...describedBy('st-tunnel-path', errors.pathHint?.message)}
                {...register('pathHint')}
              />
            </Field>
          </FieldRow>
          <CheckboxField label="Start the tunnel when Hookscope starts" {...register('startOnLaunch')} />
        </>
      )}
    </SettingsSectionForm>
  );
}
