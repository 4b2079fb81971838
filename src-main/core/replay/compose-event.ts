// Compose a test event: template → overrides → signature (with the chosen stored secret) → the
// equivalent curl. Built fresh on every call so ids and timestamps are current and the signature
// covers the body exactly as edited.
import { createHmac, randomBytes } from 'node:crypto';
import type { ComposeEventInput, ComposedEvent } from '@shared/replay-types';
import type { GenericHmacConfig } from '@shared/signature-types';
import type { LabelledSecret } from '../signatures';
import { curlCommand } from './curl-export';
import { resignRequest } from './resign';
import { setHeaders } from './resign/header-edit';
import { targetUrlFor } from './target-url';
import { eventTemplate } from './templates';

export interface ComposeContext {
  secrets: (provider: string) => LabelledSecret[];
  /** Where the event goes unless the input names a base URL (normally the receiver). */
  defaultBaseUrl: string;
  nowUnix: number;
  hex?: (bytes: number) => string;
  generic?: GenericHmacConfig;
}

export type ComposeResult = { ok: true; event: ComposedEvent; body: Buffer } | { ok: false; problem: string };

/**
 * Random-looking hex drawn in order from a seed: the same stamp yields the same ids, so a
 * recomposition after an edit (or the send) is the request the user was shown.
 */
function seededHex(nonce: string): (bytes: number) => string {
  let counter = 0;
  return (bytes) => {
    let out = '';
    while (out.length < bytes * 2) out += createHmac('sha256', nonce).update(String(counter++)).digest('hex');
    return out.slice(0, bytes * 2);
  };
}

export function composeEvent(input: ComposeEventInput, context: ComposeContext): ComposeResult {
  const template = eventTemplate(input.template);
  if (!template) return { ok: false, problem: `no event template "${input.template}"` };
  const stamp = input.stamp ?? {
    nowUnix: context.nowUnix,
    nonce: (context.hex ?? ((n: number) => randomBytes(n).toString('hex')))(16),
  };
  const hex = seededHex(stamp.nonce);
  const nowUnix = stamp.nowUnix;
  const built = template.build({ nowUnix, hex });
  const overrides = input.overrides ?? {};
  const method = overrides.method ?? template.method;
  const path = overrides.path ?? template.path;
  let headers = overrides.headers ? setHeaders(built.headers, overrides.headers).headers : built.headers;
  const body = Buffer.from(overrides.body ?? built.body, 'utf8');
  let url = targetUrlFor(input.baseUrl ?? context.defaultBaseUrl, path, 'append');

  const provider = input.provider ?? template.provider;
  const warnings: string[] = [];
  const secrets = context.secrets(provider);
  let signed: ComposedEvent['signed'] = null;
  if (secrets.length === 0 && !input.secretLabel) {
    warnings.push(`No ${provider} secret is stored, so the event is unsigned: add one to sign it.`);
  } else {
    const result = resignRequest(
      { method, url, headers, body },
      {
        provider,
        secrets,
        secretLabel: input.secretLabel,
        nowUnix,
        newId: () => `msg_${hex(12)}`,
        generic: context.generic,
        format: template.signFormat,
      },
    );
    if (!result.ok) return { ok: false, problem: result.problem };
    headers = result.headers;
    url = result.url;
    signed = result.info;
  }
  if (signed?.timestamp !== null && signed?.timestamp !== undefined) {
    warnings.push(
      'The signature covers a timestamp, which verifiers accept only briefly (usually 5 minutes): compose again before sending it later.',
    );
  }
  const target = new URL(url);
  return {
    ok: true,
    body,
    event: {
      template: template.id,
      provider,
      method,
      path: target.pathname + target.search,
      url,
      headers,
      bodyBase64: body.toString('base64'),
      curl: curlCommand({ method, url, headers, body }),
      signed,
      warnings,
      stamp,
    },
  };
}
