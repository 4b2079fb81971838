// Recognise values that are API / access tokens rather than webhook signing secrets, before any
// hashing: pasting the access token where the App Secret goes is the most common Meta mistake, and
// Stripe, Slack, Discord and Twilio have the same trap. Messages name the kind of token, never echo it.
import { providerDefinition } from '../providers/registry';

interface TokenPattern {
  test: RegExp;
  kind: string;
  /** Only meaningful for these providers (absent = any). */
  providers?: readonly string[];
}

const PATTERNS: readonly TokenPattern[] = [
  { test: /^EAA[A-Za-z0-9]{20,}$/, kind: 'a Meta Graph API access token (EAA…)' },
  { test: /^(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{8,}$/, kind: 'a Stripe secret API key (sk_/rk_…)' },
  { test: /^pk_(?:live|test)_[A-Za-z0-9]{8,}$/, kind: 'a Stripe publishable key (pk_…)' },
  { test: /^xox[abposr]-[A-Za-z0-9-]{8,}$/, kind: 'a Slack OAuth token (xoxb-/xoxp-…)' },
  { test: /^xapp-[A-Za-z0-9-]{8,}$/, kind: 'a Slack app-level token (xapp-…)' },
  {
    test: /^[A-Za-z0-9]{24}$/,
    kind: 'a Slack verification token (24 characters, deprecated)',
    providers: ['slack'],
  },
  { test: /^[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}$/, kind: 'a Discord bot token' },
  {
    test: /^eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*$/,
    kind: 'a JWT / personal access token',
  },
  { test: /^key-[0-9a-f]{32}$/, kind: 'a Mailgun API key (key-…)' },
  { test: /^SK[0-9a-f]{32}$/, kind: 'a Twilio API key SID (SK…)' },
  { test: /^AC[0-9a-f]{32}$/, kind: 'a Twilio Account SID (AC…)' },
  { test: /^rzp_(?:live|test)_[A-Za-z0-9]{8,}$/, kind: 'a Razorpay key id (rzp_…)' },
  { test: /^(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})$/, kind: 'a GitHub access token' },
  { test: /^shp(?:at|ca|pa|ss)_[A-Za-z0-9]{16,}$/, kind: 'a Shopify access token (shpat_…)' },
  { test: /^sq0atp-[A-Za-z0-9_-]{10,}$/, kind: 'a Square access token (sq0atp-…)' },
  { test: /^pdl_(?:live|sdbx)_apikey_/, kind: 'a Paddle API key' },
  { test: /^wsp_(?:live|test)_/, kind: 'a WaSphere API key (wsp_…)' },
  { test: /^SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}$/, kind: 'a SendGrid API key (SG.…)' },
];

export interface TokenFinding {
  label: string;
  kind: string;
}

export function looksLikeToken(providerId: string, secret: string): string | null {
  const value = secret.trim();
  for (const p of PATTERNS) {
    if (p.providers && !p.providers.includes(providerId)) continue;
    if (p.test.test(value)) return p.kind;
  }
  return null;
}

export function tokenFindings(
  providerId: string,
  secrets: readonly { label: string; value: string }[],
): TokenFinding[] {
  const out: TokenFinding[] = [];
  for (const s of secrets) {
    const kind = looksLikeToken(providerId, s.value);
    if (kind) out.push({ label: s.label, kind });
  }
  return out;
}

export function whereToFindSecret(providerId: string): string {
  return providerDefinition(providerId)?.secretHint ?? 'the webhook settings of the sender';
}
