// The Settings forms validate with the contract's rules: what a form accepts, updateSettings accepts,
// and what it refuses is shown on the field the user typed in, in the API's own words.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { settingsPatchSchema } from '@shared/contract';
import {
  emptyHmac,
  genericHmacForm,
  genericHmacValues,
  hmacValues,
  metaVerifyTokenForm,
  providerByPathForm,
  providerByPathValues,
  publicUrlForm,
  receiverLimitForm,
  requiredVerifyTokenForm,
  retentionForm,
  tunnelDialogForm,
  tunnelForm,
} from '../../../src-renderer/src/model/settings-forms';
import { defaultSettings } from './support/settings';

/** The message a form shows on each field (the first one, as the resolver does), by path ("rows.0.hmac.header"). */
function fieldErrors(schema: z.ZodType, values: unknown): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const issue of schema.safeParse(values).error?.issues ?? [])
    shown[issue.path.join('.')] ??= issue.message;
  return shown;
}

function patchOf(schema: z.ZodType, values: unknown): unknown {
  const result = schema.safeParse(values);
  if (!result.success) throw new Error(`refused: ${JSON.stringify(result.error.issues)}`);
  // Whatever a form produces, the API takes as is.
  expect(settingsPatchSchema.safeParse(result.data).success).toBe(true);
  return result.data;
}

describe('body limit', () => {
  it('turns megabytes into the bytes the API stores', () => {
    expect(patchOf(receiverLimitForm, { limitMb: '2.5' })).toEqual({ receiverMaxBodyBytes: 2621440 });
    expect(patchOf(receiverLimitForm, { limitMb: ' 1024 ' })).toEqual({ receiverMaxBodyBytes: 1024 ** 3 });
  });

  it('refuses what the API refuses, in megabytes', () => {
    for (const limitMb of ['0', '1025', 'lots', '', '-1']) {
      expect(fieldErrors(receiverLimitForm, { limitMb })).toEqual({ limitMb: 'Between 0.001 and 1024 MB' });
    }
  });
});

describe('Meta verify token', () => {
  const tokens = ['abc', 'x'.repeat(512), 'x'.repeat(513), 'with space', 'tab\there', 'ünïcode-ok'];

  it('accepts exactly the tokens the API accepts', () => {
    for (const token of tokens) {
      const api = settingsPatchSchema.safeParse({ metaVerifyToken: token }).success;
      expect(metaVerifyTokenForm.safeParse({ token }).success, token).toBe(api);
      expect(requiredVerifyTokenForm.safeParse({ token }).success, token).toBe(api);
    }
  });

  it('says why a token is refused', () => {
    expect(fieldErrors(metaVerifyTokenForm, { token: 'with space' })).toEqual({
      token: 'No spaces: Meta sends the token in the URL',
    });
    expect(fieldErrors(metaVerifyTokenForm, { token: 'x'.repeat(513) })).toEqual({
      token: 'At most 512 characters',
    });
  });

  it('empty means "not set" in Settings, and is refused where a token must be typed', () => {
    expect(patchOf(metaVerifyTokenForm, { token: '  ' })).toEqual({ metaVerifyToken: null });
    expect(fieldErrors(requiredVerifyTokenForm, { token: '' })).toEqual({
      token: 'Enter the token you typed (or will type) in Meta’s dashboard.',
    });
  });
});

describe('public URL', () => {
  it('keeps an http(s) URL and clears on empty', () => {
    expect(patchOf(publicUrlForm, { url: ' https://hooks.example.com/x ' })).toEqual({
      publicUrl: 'https://hooks.example.com/x',
    });
    expect(patchOf(publicUrlForm, { url: '' })).toEqual({ publicUrl: null });
  });

  it('refuses what is not an http(s) URL, like the API', () => {
    expect(fieldErrors(publicUrlForm, { url: 'hooks.example.com' })).toEqual({
      url: 'Not a URL: include the scheme, e.g. https://hooks.example.com',
    });
    expect(fieldErrors(publicUrlForm, { url: 'ftp://hooks.example.com' })).toEqual({ url: 'An http(s) URL' });
    expect(settingsPatchSchema.safeParse({ publicUrl: 'ftp://hooks.example.com' }).success).toBe(false);
  });
});

describe('retention', () => {
  it('stores the count and the megabytes in bytes', () => {
    expect(patchOf(retentionForm, { count: '5000', sizeMb: '10' })).toEqual({
      retentionMaxCaptures: 5000,
      retentionMaxBytes: 10 * 1024 * 1024,
    });
  });

  it('names each field that is out of range', () => {
    expect(fieldErrors(retentionForm, { count: '12.5', sizeMb: '0' })).toEqual({
      count: 'A whole number from 100 to 10,000,000',
      sizeMb: 'At least 1 MB',
    });
    expect(fieldErrors(retentionForm, { count: '99', sizeMb: '1' })).toEqual({
      count: 'A whole number from 100 to 10,000,000',
    });
  });
});

describe('tunnel', () => {
  it('normalises the domain and path the way the API does', () => {
    expect(
      patchOf(tunnelForm, { domain: 'https://Me.ngrok-free.app/', pathHint: 'hooks', startOnLaunch: true }),
    ).toEqual({ tunnelDomain: 'me.ngrok-free.app', tunnelPathHint: '/hooks', tunnelStartOnLaunch: true });
    expect(patchOf(tunnelForm, { domain: '', pathHint: ' ', startOnLaunch: false })).toEqual({
      tunnelDomain: null,
      tunnelPathHint: null,
      tunnelStartOnLaunch: false,
    });
  });

  it('shows the contract’s message on the field', () => {
    expect(
      fieldErrors(tunnelForm, { domain: 'not a domain', pathHint: '/a b', startOnLaunch: false }),
    ).toEqual({
      domain: 'Enter a domain like your-name.ngrok-free.app',
      pathHint: 'Enter a path like /webhook (no spaces)',
    });
  });
});

describe('tunnel settings dialog', () => {
  const typed = { domain: '', pathHint: '', startOnLaunch: false };

  it('sends a typed authtoken to startTunnel, never in the settings patch', () => {
    const result = tunnelDialogForm.parse({ ...typed, authtoken: '  2abc_token  ' });
    expect(result.authtoken).toBe('2abc_token');
    expect(settingsPatchSchema.safeParse(result.patch).success).toBe(true);
    expect(JSON.stringify(result.patch)).not.toContain('2abc_token');
  });

  it('keeps the stored authtoken when the field is left empty or blank', () => {
    expect(tunnelDialogForm.parse({ ...typed, authtoken: '   ' }).authtoken).toBeUndefined();
  });

  it('refuses an authtoken the API would refuse, with its words', () => {
    expect(fieldErrors(tunnelDialogForm, { ...typed, authtoken: 'two words' })).toEqual({
      authtoken: 'An authtoken has no spaces',
    });
  });
});

describe('generic HMAC scheme', () => {
  it('saves only what differs from the defaults, and reads back the same fields', () => {
    const hmac = { ...emptyHmac, header: 'X-Sig', template: '{timestamp}.{body}', toleranceSeconds: '300' };
    const patch = patchOf(genericHmacForm, { enabled: true, hmac }) as { genericHmac: never };
    expect(patch).toEqual({
      genericHmac: {
        header: 'X-Sig',
        algorithm: 'sha256',
        encoding: 'hex',
        template: '{timestamp}.{body}',
        toleranceSeconds: 300,
      },
    });
    expect(hmacValues(patch.genericHmac)).toEqual(hmac);
    expect(patchOf(genericHmacForm, { enabled: false, hmac: { ...emptyHmac, header: '' } })).toEqual({
      genericHmac: null,
    });
  });

  it('refuses an unknown placeholder, as the API does, on the template field', () => {
    const hmac = { ...emptyHmac, header: ' ', template: '{bogus}.{body}', toleranceSeconds: 'soon' };
    expect(fieldErrors(genericHmacForm, { enabled: true, hmac })).toEqual({
      'hmac.header': 'Name the header that carries the signature',
      'hmac.template': 'Unknown placeholder {bogus}',
      'hmac.toleranceSeconds': 'Whole seconds, up to ten years',
    });
    const api = settingsPatchSchema.safeParse({
      genericHmac: { header: 'X', algorithm: 'sha256', encoding: 'hex', template: '{bogus}' },
    });
    expect(api.error?.issues[0]?.message).toBe('Unknown placeholder {bogus}');
  });

  it('starts from the saved scheme', () => {
    const settings = {
      ...defaultSettings,
      genericHmac: { header: 'X-H', algorithm: 'sha512' as const, encoding: 'base64' as const },
    };
    expect(genericHmacValues(settings)).toEqual({
      enabled: true,
      hmac: { ...emptyHmac, header: 'X-H', algorithm: 'sha512', encoding: 'base64' },
    });
  });
});

describe('provider by path', () => {
  it('saves each row, with its own scheme only where asked for', () => {
    const rows = [
      { pathPrefix: '/acme', provider: 'generic', ownScheme: true, hmac: { ...emptyHmac, header: 'X-Acme' } },
      { pathPrefix: '/gh', provider: 'github', ownScheme: true, hmac: { ...emptyHmac, header: '' } },
    ];
    expect(patchOf(providerByPathForm, { rows })).toEqual({
      providerByPath: [
        {
          pathPrefix: '/acme',
          provider: 'generic',
          generic: { header: 'X-Acme', algorithm: 'sha256', encoding: 'hex' },
        },
        { pathPrefix: '/gh', provider: 'github' },
      ],
    });
  });

  it('reports each problem on its row', () => {
    const rows = [
      { pathPrefix: '/ok', provider: 'generic', ownScheme: true, hmac: { ...emptyHmac, template: '{nope}' } },
      { pathPrefix: 'acme', provider: 'generic', ownScheme: false, hmac: emptyHmac },
    ];
    expect(fieldErrors(providerByPathForm, { rows })).toEqual({
      'rows.0.hmac.template': 'Unknown placeholder {nope}',
      'rows.1.pathPrefix': 'A path starting with /',
    });
    expect(
      settingsPatchSchema.safeParse({ providerByPath: [{ pathPrefix: 'acme', provider: 'x' }] }).success,
    ).toBe(false);
  });

  it('round-trips the saved mappings', () => {
    const settings = {
      ...defaultSettings,
      providerByPath: [
        {
          pathPrefix: '/a',
          provider: 'generic',
          generic: { header: 'X', algorithm: 'sha1' as const, encoding: 'hex' as const },
        },
      ],
    };
    const values = providerByPathValues(settings);
    expect(patchOf(providerByPathForm, values)).toEqual({ providerByPath: settings.providerByPath });
  });
});
