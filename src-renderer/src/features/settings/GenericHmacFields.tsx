// The fields of a generic HMAC scheme (the user's own sender): where the signature is, how it is
// computed and encoded, over what, and how the secret becomes the key. Used for the default scheme
// and for a path's own scheme.
import type { UseFormRegister, FieldValues, Path } from 'react-hook-form';
import type { GenericHmacConfig } from '@shared/signature-types';
import { Field } from './SettingsSectionFrame';

/** The scheme as form fields (all text, so an empty field means "not set"). */
export interface HmacFormValues {
  header: string;
  algorithm: GenericHmacConfig['algorithm'];
  encoding: GenericHmacConfig['encoding'];
  prefix: string;
  template: string;
  keyEncoding: NonNullable<GenericHmacConfig['keyEncoding']>;
  timestampHeader: string;
  toleranceSeconds: string;
  idHeader: string;
}

export const emptyHmac: HmacFormValues = {
  header: 'X-Signature',
  algorithm: 'sha256',
  encoding: 'hex',
  prefix: '',
  template: '{body}',
  keyEncoding: 'raw',
  timestampHeader: '',
  toleranceSeconds: '',
  idHeader: '',
};

export function hmacToForm(config: GenericHmacConfig | null | undefined): HmacFormValues {
  if (!config) return { ...emptyHmac };
  return {
    header: config.header,
    algorithm: config.algorithm,
    encoding: config.encoding,
    prefix: config.prefix ?? '',
    template: config.template ?? '{body}',
    keyEncoding: config.keyEncoding ?? 'raw',
    timestampHeader: config.timestampHeader ?? '',
    toleranceSeconds: config.toleranceSeconds === undefined ? '' : String(config.toleranceSeconds),
    idHeader: config.idHeader ?? '',
  };
}

export function formToHmac(v: HmacFormValues): GenericHmacConfig {
  const out: GenericHmacConfig = { header: v.header.trim(), algorithm: v.algorithm, encoding: v.encoding };
  if (v.prefix !== '') out.prefix = v.prefix;
  if (v.template.trim() !== '' && v.template !== '{body}') out.template = v.template;
  if (v.keyEncoding !== 'raw') out.keyEncoding = v.keyEncoding;
  if (v.timestampHeader.trim() !== '') out.timestampHeader = v.timestampHeader.trim();
  if (v.toleranceSeconds.trim() !== '') out.toleranceSeconds = Number(v.toleranceSeconds);
  if (v.idHeader.trim() !== '') out.idHeader = v.idHeader.trim();
  return out;
}

const placeholders = /\{(body|timestamp|id|method|url|header:[^{}]+)\}/g;

export function templateProblem(template: string): string | true {
  const unknown = template.replace(placeholders, '').match(/\{[^{}]*\}/);
  return unknown ? `Unknown placeholder ${unknown[0]}` : true;
}

interface Props<T extends FieldValues> {
  register: UseFormRegister<T>;
  /** Dotted path of the scheme inside the form, e.g. "hmac" or "rows.2.hmac". */
  at: string;
  idPrefix: string;
  errors: Partial<Record<keyof HmacFormValues, string | undefined>>;
}

export function GenericHmacFields<T extends FieldValues>({ register, at, idPrefix, errors }: Props<T>) {
  const name = (k: keyof HmacFormValues) => `${at}.${k}` as Path<T>;
  const id = (k: keyof HmacFormValues) => `${idPrefix}-${k}`;
  return (
    <div className="st-hmac">
      <Field id={id('header')} label="Signature header" error={errors.header}>
        <input
          id={id('header')}
          className="tn-field-input mono"
          spellCheck={false}
          {...register(name('header'), {
            validate: (v: string) => (v.trim() === '' ? 'Name the header that carries the signature' : true),
          })}
        />
      </Field>
      <div className="st-row">
        <Field id={id('algorithm')} label="Algorithm">
          <select id={id('algorithm')} className="rp-select" {...register(name('algorithm'))}>
            <option value="sha256">HMAC-SHA256</option>
            <option value="sha512">HMAC-SHA512</option>
            <option value="sha1">HMAC-SHA1</option>
          </select>
        </Field>
        <Field id={id('encoding')} label="Encoding">
          <select id={id('encoding')} className="rp-select" {...register(name('encoding'))}>
            <option value="hex">hex</option>
            <option value="base64">base64</option>
            <option value="base64url">base64url</option>
          </select>
        </Field>
        <Field id={id('prefix')} label="Prefix" help='Stripped before comparing, e.g. "sha256="'>
          <input
            id={id('prefix')}
            className="tn-field-input mono"
            spellCheck={false}
            {...register(name('prefix'))}
          />
        </Field>
      </div>
      <Field
        id={id('template')}
        label="Signed content"
        error={errors.template}
        help={
          <>
            Placeholders: <code>{'{body}'}</code> <code>{'{timestamp}'}</code> <code>{'{id}'}</code>{' '}
            <code>{'{method}'}</code> <code>{'{url}'}</code> <code>{'{header:Name}'}</code>, e.g.{' '}
            <code>{'{timestamp}.{body}'}</code>
          </>
        }
      >
        <input
          id={id('template')}
          className="tn-field-input mono"
          spellCheck={false}
          {...register(name('template'), { validate: (v: string) => templateProblem(v) })}
        />
      </Field>
      <div className="st-row">
        <Field id={id('keyEncoding')} label="Secret as key">
          <select id={id('keyEncoding')} className="rp-select" {...register(name('keyEncoding'))}>
            <option value="raw">its text (UTF-8)</option>
            <option value="base64">base64-decoded</option>
            <option value="hex">hex-decoded</option>
            <option value="whsec-base64">whsec_… (base64 after the prefix)</option>
          </select>
        </Field>
        <Field id={id('timestampHeader')} label="Timestamp header" help="Fills {timestamp}">
          <input
            id={id('timestampHeader')}
            className="tn-field-input mono"
            spellCheck={false}
            {...register(name('timestampHeader'))}
          />
        </Field>
        <Field
          id={id('toleranceSeconds')}
          label="Tolerance (s)"
          error={errors.toleranceSeconds}
          help="Accepted age; empty: not checked"
        >
          <input
            id={id('toleranceSeconds')}
            className="tn-field-input mono"
            inputMode="numeric"
            {...register(name('toleranceSeconds'), {
              validate: (v: string) =>
                v.trim() === '' || (/^\d+$/.test(v.trim()) && Number(v) <= 10 * 365 * 86400)
                  ? true
                  : 'Whole seconds, up to ten years',
            })}
          />
        </Field>
        <Field id={id('idHeader')} label="Id header" help="Fills {id}">
          <input
            id={id('idHeader')}
            className="tn-field-input mono"
            spellCheck={false}
            {...register(name('idHeader'))}
          />
        </Field>
      </div>
    </div>
  );
}
