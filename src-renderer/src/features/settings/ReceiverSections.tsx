// Settings that decide what the receiver keeps and answers: the body limit, Meta's verify token and
// the public URL URL-signing providers (Twilio, Square, HubSpot…) sign.
import { useForm } from 'react-hook-form';
import type { Settings } from '@shared/types';
import { Field, SettingsSectionFrame } from './SettingsSectionFrame';
import { useSaveSettings } from './use-save-settings';

const MB = 1024 * 1024;
const mb = (bytes: number) => String(Math.round((bytes / MB) * 1000) / 1000);

export function ReceiverLimitSection({
  settings,
  highlighted,
}: {
  settings: Settings;
  highlighted: boolean;
}) {
  const { save, error, savedAt } = useSaveSettings('receiver-limit');
  const form = useForm({ defaultValues: { limitMb: mb(settings.receiverMaxBodyBytes) } });
  const { errors, isDirty, isSubmitting } = form.formState;
  return (
    <SettingsSectionFrame
      section="receiver-limit"
      highlighted={highlighted}
      help="Bodies over the limit are answered 413 and only their first 64 KB are kept."
      onSubmit={form.handleSubmit(async ({ limitMb }) => {
        if (await save({ receiverMaxBodyBytes: Math.round(Number(limitMb) * MB) })) form.reset({ limitMb });
      })}
      dirty={isDirty}
      saving={isSubmitting}
      error={error}
      saved={savedAt !== null}
    >
      <Field id="st-limit" label="Body limit (MB)" error={errors.limitMb?.message}>
        <input
          id="st-limit"
          className="tn-field-input mono st-narrow"
          inputMode="decimal"
          {...form.register('limitMb', {
            validate: (v) => {
              const n = Number(v);
              return Number.isFinite(n) && n * MB >= 1024 && n <= 1024 ? true : 'Between 0.001 and 1024 MB';
            },
          })}
        />
      </Field>
    </SettingsSectionFrame>
  );
}

export function MetaVerifyTokenSection({
  settings,
  highlighted,
}: {
  settings: Settings;
  highlighted: boolean;
}) {
  const { save, error, savedAt } = useSaveSettings('meta-verify-token');
  const form = useForm({ defaultValues: { token: settings.metaVerifyToken ?? '' } });
  const { errors, isDirty, isSubmitting } = form.formState;
  return (
    <SettingsSectionFrame
      section="meta-verify-token"
      highlighted={highlighted}
      help="Meta's webhook check (GET ?hub.mode=subscribe) is answered only when it carries this token. Empty: answered whatever token it carries."
      onSubmit={form.handleSubmit(async ({ token }) => {
        if (await save({ metaVerifyToken: token === '' ? null : token })) form.reset({ token });
      })}
      dirty={isDirty}
      saving={isSubmitting}
      error={error}
      saved={savedAt !== null}
    >
      <Field id="st-verify-token" label="Verify token" error={errors.token?.message}>
        <input
          id="st-verify-token"
          className="tn-field-input mono"
          spellCheck={false}
          autoComplete="off"
          {...form.register('token', {
            validate: (v) =>
              v.length > 512
                ? 'At most 512 characters'
                : /\s/.test(v)
                  ? 'No spaces: Meta sends it in the URL'
                  : true,
          })}
        />
      </Field>
    </SettingsSectionFrame>
  );
}

export function PublicUrlSection({ settings, highlighted }: { settings: Settings; highlighted: boolean }) {
  const { save, error, savedAt } = useSaveSettings('public-url');
  const form = useForm({ defaultValues: { url: settings.publicUrl ?? '' } });
  const { errors, isDirty, isSubmitting } = form.formState;
  return (
    <SettingsSectionFrame
      section="public-url"
      highlighted={highlighted}
      help="The address providers call when it is not the tunnel's (a reverse proxy, your own domain). Twilio, Square, HubSpot and others sign the URL they called, so signatures verify only against this one. Empty: the tunnel's URL."
      onSubmit={form.handleSubmit(async ({ url }) => {
        if (await save({ publicUrl: url.trim() === '' ? null : url.trim() })) form.reset({ url });
      })}
      dirty={isDirty}
      saving={isSubmitting}
      error={error}
      saved={savedAt !== null}
    >
      <Field id="st-public-url" label="Public URL" error={errors.url?.message}>
        <input
          id="st-public-url"
          className="tn-field-input mono"
          spellCheck={false}
          placeholder="https://hooks.example.com"
          {...form.register('url', {
            validate: (v) => {
              if (v.trim() === '') return true;
              try {
                const u = new URL(v.trim());
                return u.protocol === 'https:' || u.protocol === 'http:' ? true : 'An http(s) URL';
              } catch {
                return 'Not a URL: include the scheme, e.g. https://hooks.example.com';
              }
            },
          })}
        />
      </Field>
    </SettingsSectionFrame>
  );
}
