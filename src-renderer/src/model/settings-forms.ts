// What each Settings section's form holds (text, as typed) and how it becomes the updateSettings
// patch. The rules are the contract's (settingsPatchSchema and the schemas it is built from), so the
// form refuses exactly what the API would, with the same words; only units and "empty means not
// set" are decided here.
import { z } from 'zod';
import { metaVerifyToken, pathPrefix, publicUrl, settingsPatchSchema } from '@shared/contract';
import { genericHmacConfigSchema, type GenericHmacConfig } from '@shared/signature-types';
import { tunnelAuthtoken, tunnelDomain, tunnelPathHint } from '@shared/tunnel-types';
import type { Settings } from '@shared/types';
import { numberField, parseAt, textField } from './text-fields';

export type SettingsPatch = z.input<typeof settingsPatchSchema>;

const MB = 1024 * 1024;
const rules = settingsPatchSchema.shape;
const hmacRules = genericHmacConfigSchema.shape;
const providerRule = rules.providerByPath.unwrap().element.shape.provider;

/** Megabytes as typed: at most three decimals, no trailing zeros. */
export const megabytes = (bytes: number): string => String(Math.round((bytes / MB) * 1000) / 1000);

export const receiverLimitForm = z
  .object({
    limitMb: numberField(rules.receiverMaxBodyBytes.unwrap(), 'Between 0.001 and 1024 MB', { scale: MB }),
  })
  .transform((v): SettingsPatch => ({ receiverMaxBodyBytes: v.limitMb }));
export const receiverLimitValues = (s: Settings) => ({ limitMb: megabytes(s.receiverMaxBodyBytes) });

/** The token as Settings edits it: empty means "answer Meta's check whatever token it carries". */
export const metaVerifyTokenForm = z
  .object({ token: textField(metaVerifyToken, { empty: null }) })
  .transform((v): SettingsPatch => ({ metaVerifyToken: v.token }));
export const metaVerifyTokenValues = (s: Settings) => ({ token: s.metaVerifyToken ?? '' });

/** The token as Connect WhatsApp edits it: a token the user types into Meta's dashboard, so required. */
export const requiredVerifyTokenForm = z
  .object({
    token: textField(
      z
        .string()
        .min(1, 'Enter the token you typed (or will type) in Meta’s dashboard.')
        .pipe(metaVerifyToken),
    ),
  })
  .transform((v): SettingsPatch => ({ metaVerifyToken: v.token }));

export const publicUrlForm = z
  .object({ url: textField(publicUrl, { empty: null }) })
  .transform((v): SettingsPatch => ({ publicUrl: v.url }));
export const publicUrlValues = (s: Settings) => ({ url: s.publicUrl ?? '' });

export const retentionForm = z
  .object({
    count: numberField(rules.retentionMaxCaptures.unwrap(), 'A whole number from 100 to 10,000,000'),
    sizeMb: numberField(rules.retentionMaxBytes.unwrap(), 'At least 1 MB', { scale: MB }),
  })
  .transform((v): SettingsPatch => ({ retentionMaxCaptures: v.count, retentionMaxBytes: v.sizeMb }));
export const retentionValues = (s: Settings) => ({
  count: String(s.retentionMaxCaptures),
  sizeMb: String(Math.round(s.retentionMaxBytes / MB)),
});

const tunnelFields = z.object({
  domain: textField(tunnelDomain, { empty: null }),
  pathHint: textField(tunnelPathHint, { empty: null }),
  startOnLaunch: z.boolean(),
});
const tunnelPatch = (v: z.output<typeof tunnelFields>): SettingsPatch => ({
  tunnelDomain: v.domain,
  tunnelPathHint: v.pathHint,
  tunnelStartOnLaunch: v.startOnLaunch,
});

export const tunnelForm = tunnelFields.transform(tunnelPatch);

/**
 * The top bar's Tunnel settings: the same options plus the ngrok authtoken, which goes to
 * startTunnel (the secret store), never into settings. An empty authtoken field keeps the stored one.
 */
export const tunnelDialogForm = tunnelFields
  .extend({ authtoken: textField(tunnelAuthtoken, { empty: undefined }) })
  .transform((v) => ({ patch: tunnelPatch(v), authtoken: v.authtoken }));

export const tunnelValues = (s: Settings) => ({
  domain: s.tunnelDomain ?? '',
  pathHint: s.tunnelPathHint ?? '',
  startOnLaunch: s.tunnelStartOnLaunch,
});
export const tunnelDialogValues = (s: Settings) => ({ ...tunnelValues(s), authtoken: '' });

// ------------------------------------------------------------------------------------------------
// Generic HMAC schemes (the default one, and a path's own)

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

export function hmacValues(config: GenericHmacConfig | null | undefined): HmacFormValues {
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

/** A scheme's fields → the stored config (defaults left out, so the file says only what was chosen). */
export const hmacForm = z
  .object({
    header: textField(hmacRules.header),
    algorithm: hmacRules.algorithm,
    encoding: hmacRules.encoding,
    // Prefix and template are compared byte for byte: spaces in them are meant.
    prefix: textField(hmacRules.prefix, { empty: undefined, trim: false }),
    template: textField(hmacRules.template, { empty: undefined, trim: false }),
    keyEncoding: hmacRules.keyEncoding.unwrap(),
    timestampHeader: textField(hmacRules.timestampHeader, { empty: undefined }),
    toleranceSeconds: numberField(hmacRules.toleranceSeconds.unwrap(), 'Whole seconds, up to ten years', {
      optional: true,
    }),
    idHeader: textField(hmacRules.idHeader, { empty: undefined }),
  })
  .transform((v) => {
    const config: GenericHmacConfig = { header: v.header, algorithm: v.algorithm, encoding: v.encoding };
    if (v.prefix !== undefined) config.prefix = v.prefix;
    if (v.template !== undefined && v.template !== '{body}') config.template = v.template;
    if (v.keyEncoding !== 'raw') config.keyEncoding = v.keyEncoding;
    if (v.timestampHeader !== undefined) config.timestampHeader = v.timestampHeader;
    if (v.toleranceSeconds !== undefined) config.toleranceSeconds = v.toleranceSeconds;
    if (v.idHeader !== undefined) config.idHeader = v.idHeader;
    return config;
  })
  .pipe(genericHmacConfigSchema);

export const genericHmacForm = z
  .object({ enabled: z.boolean(), hmac: z.custom<HmacFormValues>() })
  .transform((v, ctx): SettingsPatch => ({
    genericHmac: v.enabled ? parseAt(hmacForm, v.hmac, ctx, ['hmac']) : null,
  }));
export const genericHmacValues = (s: Settings) => ({
  enabled: s.genericHmac !== null,
  hmac: hmacValues(s.genericHmac),
});

// ------------------------------------------------------------------------------------------------
// Provider by path

export interface PathRowValues {
  pathPrefix: string;
  provider: string;
  /** With provider "generic": this path has its own scheme (else the default one). */
  ownScheme: boolean;
  hmac: HmacFormValues;
}

export const newPathRow = (): PathRowValues => ({
  pathPrefix: '',
  provider: 'generic',
  ownScheme: false,
  hmac: { ...emptyHmac },
});

const pathRow = z
  .object({
    pathPrefix: textField(pathPrefix),
    provider: providerRule,
    ownScheme: z.boolean(),
    hmac: z.custom<HmacFormValues>(),
  })
  .transform((row, ctx) => ({
    pathPrefix: row.pathPrefix,
    provider: row.provider,
    ...(row.provider === 'generic' && row.ownScheme
      ? { generic: parseAt(hmacForm, row.hmac, ctx, ['hmac']) }
      : {}),
  }));

export const providerByPathForm = z
  .object({ rows: z.array(pathRow) })
  .transform((v): SettingsPatch => ({ providerByPath: v.rows }));
export const providerByPathValues = (s: Settings) => ({
  rows: s.providerByPath.map((r): PathRowValues => ({
    pathPrefix: r.pathPrefix,
    provider: r.provider,
    ownScheme: r.generic !== undefined,
    hmac: hmacValues(r.generic),
  })),
});
