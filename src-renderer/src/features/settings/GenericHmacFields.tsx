// The fields of a generic HMAC scheme (the user's own sender): where the signature is, how it is
// computed and encoded, over what, and how the secret becomes the key. Used for the default scheme
// and for a path's own scheme; the section's schema (hmacForm) checks them.
import type { UseFormRegister, FieldValues, Path } from 'react-hook-form';
import { describedBy, Field, FieldRow } from '../../components/form/Field';
import { SelectInput, TextInput } from '../../components/form/inputs';
import type { HmacFormValues } from '../../model/settings-forms';
import styles from './settings.module.css';

interface Props<T extends FieldValues> {
  register: UseFormRegister<T>;
  /** Dotted path of the scheme inside the form, e.g. "hmac" or "rows.2.hmac". */
  at: string;
  idPrefix: string;
  errors: Partial<Record<keyof HmacFormValues, { message?: string } | undefined>> | undefined;
}

export function GenericHmacFields<T extends FieldValues>({ register, at, idPrefix, errors }: Props<T>) {
  const name = (k: keyof HmacFormValues) => `${at}.${k}` as Path<T>;
  const id = (k: keyof HmacFormValues) => `${idPrefix}-${k}`;
  const error = (k: keyof HmacFormValues) => errors?.[k]?.message;
  const text = (k: keyof HmacFormValues, help?: unknown) => ({
    ...describedBy(id(k), error(k), help),
    ...register(name(k)),
  });
  const templateHelp = (
    <>
      Placeholders: <code>{'{body}'}</code> <code>{'{timestamp}'}</code> <code>{'{id}'}</code>{' '}
      <code>{'{method}'}</code> <code>{'{url}'}</code> <code>{'{header:Name}'}</code>, e.g.{' '}
      <code>{'{timestamp}.{body}'}</code>
    </>
  );
  return (
    <div className={styles.hmac}>
      <Field id={id('header')} label="Signature header" error={error('header')}>
        <TextInput {...text('header')} />
      </Field>
      <FieldRow>
        <Field id={id('algorithm')} label="Algorithm">
          <SelectInput id={id('algorithm')} {...register(name('algorithm'))}>
            <option value="sha256">HMAC-SHA256</option>
            <option value="sha512">HMAC-SHA512</option>
            <option value="sha1">HMAC-SHA1</option>
          </SelectInput>
        </Field>
        <Field id={id('encoding')} label="Encoding">
          <SelectInput id={id('encoding')} {...register(name('encoding'))}>
            <option value="hex">hex</option>
            <option value="base64">base64</option>
            <option value="base64url">base64url</option>
          </SelectInput>
        </Field>
        <Field
          id={id('prefix')}
          label="Prefix"
          error={error('prefix')}
          help='Stripped before comparing, e.g. "sha256="'
        >
          <TextInput {...text('prefix', true)} />
        </Field>
      </FieldRow>
      <Field id={id('template')} label="Signed content" error={error('template')} help={templateHelp}>
        <TextInput {...text('template', true)} />
      </Field>
      <FieldRow>
        <Field id={id('keyEncoding')} label="Secret as key">
          <SelectInput id={id('keyEncoding')} {...register(name('keyEncoding'))}>
            <option value="raw">its text (UTF-8)</option>
            <option value="base64">base64-decoded</option>
            <option value="hex">hex-decoded</option>
            <option value="whsec-base64">whsec_… (base64 after the prefix)</option>
          </SelectInput>
        </Field>
        <Field
          id={id('timestampHeader')}
          label="Timestamp header"
          error={error('timestampHeader')}
          help="Fills {timestamp}"
        >
          <TextInput {...text('timestampHeader', true)} />
        </Field>
        <Field
          id={id('toleranceSeconds')}
          label="Tolerance (s)"
          error={error('toleranceSeconds')}
          help="Accepted age; empty: not checked"
        >
          <TextInput inputMode="numeric" {...text('toleranceSeconds', true)} />
        </Field>
        <Field id={id('idHeader')} label="Id header" error={error('idHeader')} help="Fills {id}">
          <TextInput {...text('idHeader', true)} />
        </Field>
      </FieldRow>
    </div>
  );
}
