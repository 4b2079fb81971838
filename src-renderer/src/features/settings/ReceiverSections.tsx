// Settings that decide what the receiver keeps and answers: the body limit, Meta's verify token and
// the public URL URL-signing providers (Twilio, Square, HubSpot…) sign.
import type { Settings } from '@shared/types';
import { describedBy, Field } from '../../components/form/Field';
import { TextInput } from '../../components/form/inputs';
import {
  metaVerifyTokenForm,
  metaVerifyTokenValues,
  publicUrlForm,
  publicUrlValues,
  receiverLimitForm,
  receiverLimitValues,
} from '../../model/settings-forms';
import { SettingsSectionForm } from './SettingsSectionForm';
import styles from './settings.module.css';

interface SectionProps {
  settings: Settings;
  highlighted: boolean;
}

export function ReceiverLimitSection({ settings, highlighted }: SectionProps) {
  return (
    <SettingsSectionForm
      section="receiver-limit"
      highlighted={highlighted}
      help="Bodies over the limit are answered 413 and only their first 64 KB are kept."
      schema={receiverLimitForm}
      values={receiverLimitValues(settings)}
    >
      {({ register, formState: { errors } }) => (
        <Field id="st-limit" label="Body limit (MB)" error={errors.limitMb?.message}>
          <TextInput
            className={styles.narrow}
            inputMode="decimal"
            {...describedBy('st-limit', errors.limitMb?.message)}
            {...register('limitMb')}
          />
        </Field>
      )}
    </SettingsSectionForm>
  );
}

export function MetaVerifyTokenSection({ settings, highlighted }: SectionProps) {
  return (
    <SettingsSectionForm
      section="meta-verify-token"
      highlighted={highlighted}
      help="Meta's webhook check (GET ?hub.mode=subscribe) is answered only when it carries this token. Empty: answered whatever token it carries."
      schema={metaVerifyTokenForm}
      values={metaVerifyTokenValues(settings)}
    >
      {({ register, formState: { errors } }) => (
        <Field id="st-verify-token" label="Verify token" error={errors.token?.message}>
          <TextInput {...describedBy('st-verify-token', errors.token?.message)} {...register('token')} />
        </Field>
      )}
    </SettingsSectionForm>
  );
}

export function PublicUrlSection({ settings, highlighted }: SectionProps) {
  return (
    <SettingsSectionForm
      section="public-url"
      highlighted={highlighted}
      help="The address providers call when it is not the tunnel's (a reverse proxy, your own domain). Twilio, Square, HubSpot and others sign the URL they called, so signatures verify only against this one. Empty: the tunnel's URL."
      schema={publicUrlForm}
      values={publicUrlValues(settings)}
    >
      {({ register, formState: { errors } }) => (
        <Field id="st-public-url" label="Public URL" error={errors.url?.message}>
          <TextInput
            placeholder="https://hooks.example.com"
            {...describedBy('st-public-url', errors.url?.message)}
            {...register('url')}
          />
        </Field>
      )}
    </SettingsSectionForm>
  );
}
