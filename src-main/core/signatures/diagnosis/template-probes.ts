// Signed-content probes: the same secret over other well-known templates. A match names the real
// scheme ("this is Stripe-style <t>.<body>"): a wrong preset, or the sender is not who you think.
import { deriveKey } from '../crypto-utils';
import { compileTemplate } from '../signed-content';
import type { KeyDerivation, SigningContext } from '../types';
import { signingUrl } from '../url-candidates';
import type { Probe } from './context';

const TEMPLATES: { template: string; name: string }[] = [
  { template: '{body}', name: 'the body alone (Meta, GitHub, Shopify, Sendsar, WaSphere guide)' },
  { template: '{timestamp}.{body}', name: '<timestamp>.<body> (Stripe, WaSphere deliveries)' },
  { template: '{timestamp}:{body}', name: '<timestamp>:<body> (Paddle)' },
  { template: 'v0:{timestamp}:{body}', name: 'v0:<timestamp>:<body> (Slack, Zoom)' },
  { template: '{id}.{timestamp}.{body}', name: '<id>.<timestamp>.<body> (Standard Webhooks / Svix)' },
  { template: '{timestamp}{body}', name: '<timestamp><body> (no separator)' },
  { template: '{url}{body}', name: '<url><body> (Square)' },
  { template: '{method}{url}{body}{timestamp}', name: '<method><url><body><timestamp> (HubSpot v3)' },
];

function headerValues(ctx: Parameters<Probe>[0], nameTest: RegExp, valueTest: RegExp): string[] {
  const out: string[] = [];
  for (const [name, value] of ctx.view.req.headers) {
    if (nameTest.test(name) && valueTest.test(value.trim()) && !out.includes(value.trim()))
      out.push(value.trim());
  }
  return out.slice(0, 3);
}

export const templateProbe: Probe = (ctx) => {
  const base = ctx.parsed.contexts[0];
  if (!base) return [];
  const algorithms = ctx.plausibleAlgorithms();
  if (algorithms.length === 0) return [];
  const timestamps = [
    ...new Set(
      [base.timestamp, ...headerValues(ctx, /timestamp|(^|-)ts$|-time$/i, /^\d{9,13}$/)].filter(
        (x): x is string => !!x,
      ),
    ),
  ];
  const ids = [
    ...new Set(
      [
        base.id,
        ...headerValues(ctx, /(^|-)(id|delivery|delivery-id|message-id|event-id)$/i, /^[\w.:-]{4,}$/),
      ].filter((x): x is string => !!x),
    ),
  ];
  const urls = [...new Set([signingUrl(ctx.view), ctx.view.req.url].filter((x): x is string => !!x))];
  const derivations: KeyDerivation[] = ['raw', 'whsec-base64'];
  const currentTemplate = ctx.parsed.scheme.template;

  for (const t of TEMPLATES) {
    if (t.template === currentTemplate) continue;
    const content = compileTemplate(t.template);
    const needs = (k: string) => t.template.includes(`{${k}}`);
    if (
      (needs('timestamp') && timestamps.length === 0) ||
      (needs('id') && ids.length === 0) ||
      (needs('url') && urls.length === 0)
    )
      continue;
    const contexts: SigningContext[] = [];
    for (const timestamp of needs('timestamp') ? timestamps : [null]) {
      for (const id of needs('id') ? ids : [null]) {
        for (const url of needs('url') ? urls : [null]) contexts.push({ ...base, timestamp, id, url });
      }
    }
    for (const ctxValues of contexts) {
      const bytes = content(ctx.view.req.body, ctxValues);
      for (const secret of ctx.secrets) {
        for (const how of derivations) {
          const key = deriveKey(secret.value, how);
          if (!key) continue;
          for (const alg of algorithms) {
            if (!ctx.budgetLeft()) return [];
            if (ctx.rawMatches(alg, key, bytes)) {
              return [
                {
                  code: 'other-template',
                  message: `The signature matches ${t.name} with HMAC-${alg.toUpperCase()}${how === 'raw' ? '' : ' and the base64-decoded whsec_ key'}, not ${ctx.providerName}'s ${currentTemplate}: a different scheme signed this.`,
                  fix: 'Pick the provider preset that matches this sender (or configure the generic HMAC preset with this template).',
                  exact: true,
                },
              ];
            }
          }
        }
      }
    }
  }
  return [];
};
