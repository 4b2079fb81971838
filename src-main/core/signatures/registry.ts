// Every provider the checker knows, and auto-detection from headers. Names and secret hints live in
// the shared catalogue (`signatureProviders`) so the UI and the core cannot disagree.
import { signatureProviderInfo } from '../../shared/signature-types';
import { headerView } from './headers';
import { discordProvider } from './providers/discord';
import { genericHmacProvider } from './providers/generic-hmac';
import { githubProvider, metaProvider } from './providers/hub-signature';
import { linearProvider } from './providers/linear';
import { paddleProvider } from './providers/paddle';
import { paypalProvider } from './providers/paypal';
import { sendgridProvider } from './providers/sendgrid';
import { sendsarProvider } from './providers/sendsar';
import { shopifyProvider } from './providers/shopify';
import { slackProvider } from './providers/slack';
import { squareProvider } from './providers/square';
import { standardWebhooksProvider } from './providers/standard-webhooks';
import { twilioProvider } from './providers/twilio';
import { wasphereProvider } from './providers/wasphere';
import { zoomProvider } from './providers/zoom';
import { stripe } from '../providers/stripe';
import type { ProviderDefinition } from '../providers/types';
import type { AnalysisRequest, ProviderSpec, RequestView } from './types';

const specOf = (d: ProviderDefinition): ProviderSpec => ({ id: d.id, detect: d.detect, ...d.verification });

export const providerSpecs: readonly ProviderSpec[] = [
  metaProvider,
  githubProvider,
  wasphereProvider,
  sendsarProvider,
  specOf(stripe),
  shopifyProvider,
  slackProvider,
  standardWebhooksProvider,
  twilioProvider,
  squareProvider,
  paddleProvider,
  linearProvider,
  zoomProvider,
  discordProvider,
  sendgridProvider,
  paypalProvider,
  genericHmacProvider,
];

export function providerSpec(id: string): ProviderSpec | undefined {
  return providerSpecs.find((p) => p.id === id);
}

export function providerName(id: string): string {
  return signatureProviderInfo(id)?.name ?? id;
}

export function detectProviderIn(view: RequestView): ProviderSpec | null {
  let best: ProviderSpec | null = null;
  let bestScore = 0;
  for (const spec of providerSpecs) {
    const score = spec.detect(view);
    if (score > bestScore) {
      best = spec;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Which provider sent this request, judged from its headers (and, for Meta's GET handshake, the
 * query). `path`/`method` are optional because most providers are recognised from headers alone.
 */
export function detectProvider(
  headers: [string, string][],
  body: Buffer,
  extra: { method?: string; path?: string } = {},
): string | null {
  const req: AnalysisRequest = {
    method: extra.method ?? 'POST',
    url: null,
    path: extra.path ?? '/',
    headers,
    body,
    receivedAtUnix: 0,
  };
  return detectProviderIn({ req, headers: headerView(headers), nowUnix: 0 })?.id ?? null;
}
