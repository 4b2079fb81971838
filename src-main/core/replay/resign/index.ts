// Re-signing: recompute a provider's signature (and timestamp, where its scheme has one) with a
// stored secret, so an edited or replayed request verifies again. Linear signs a timestamp inside
// the JSON body and the public-key schemes (Discord, SendGrid) need the sender's private key, so
// those are refused with a reason rather than faked.
import { resignableProviderIds, type ResignableProvider } from '../../../shared/replay-types';
import type { ResignInfo } from '../../../shared/replay-types';
import type { LabelledSecret } from '../../signatures';
import { hubSignatureSigner, sendsarSigner, shopifySigner } from './body-signers';
import { genericSigner } from './generic-signer';
import {
  paddleSigner,
  slackSigner,
  standardWebhooksSigner,
  wasphereSigner,
  zoomSigner,
} from './timestamped-signers';
import type { ProviderDefinition } from '../../providers/types';
import type { SignableRequest, Signer, SignerContext } from './types';
import { squareSigner, twilioSigner } from './url-signers';
import { stripe } from '../../providers/stripe';

function signerOf(d: ProviderDefinition): Signer {
  const resign = d.resign;
  return 'signer' in resign ? resign.signer : () => ({ problem: resign.refusal });
}

export type { SignableRequest } from './types';

// Typed by the shared list, so the UI's "can re-sign" and this table cannot drift apart.
const signers: Record<ResignableProvider, Signer> = {
  meta: hubSignatureSigner,
  github: hubSignatureSigner,
  wasphere: wasphereSigner,
  sendsar: sendsarSigner,
  stripe: signerOf(stripe),
  shopify: shopifySigner,
  slack: slackSigner,
  'standard-webhooks': standardWebhooksSigner,
  twilio: twilioSigner,
  square: squareSigner,
  paddle: paddleSigner,
  zoom: zoomSigner,
  generic: genericSigner,
};

const REFUSALS: Record<string, string> = {
  linear: 'Linear signs a timestamp inside the JSON body; re-signing it is not supported',
  discord: 'Discord signs with its private key (Ed25519); only Discord can produce a valid signature',
  sendgrid: 'SendGrid signs with its private key (ECDSA); only SendGrid can produce a valid signature',
  paypal: 'PayPal signs with a certificate only PayPal holds',
};

export const resignableProviders: readonly string[] = resignableProviderIds;

export interface ResignOptions extends Omit<SignerContext, 'secret'> {
  provider: string;
  secrets: readonly LabelledSecret[];
  /** Sign with this stored secret (default: the first, i.e. primary). */
  secretLabel?: string;
}

export type ResignResult =
  { ok: true; headers: [string, string][]; url: string; info: ResignInfo } | { ok: false; problem: string };

export function resignRequest(req: SignableRequest, options: ResignOptions): ResignResult {
  const signer = Object.hasOwn(signers, options.provider)
    ? signers[options.provider as ResignableProvider]
    : undefined;
  if (!signer) {
    return {
      ok: false,
      problem: REFUSALS[options.provider] ?? `Hookscope cannot sign for provider "${options.provider}"`,
    };
  }
  const secret = options.secretLabel
    ? options.secrets.find((s) => s.label === options.secretLabel)
    : options.secrets[0];
  if (!secret) {
    return {
      ok: false,
      problem: options.secretLabel
        ? `no ${options.provider} secret labelled "${options.secretLabel}"`
        : `no ${options.provider} secret is stored: add one to sign`,
    };
  }
  const out = signer(req, { ...options, secret: secret.value });
  if ('problem' in out) return { ok: false, problem: out.problem };
  return {
    ok: true,
    headers: out.headers,
    url: out.url,
    info: {
      provider: options.provider,
      secretLabel: secret.label,
      headersSet: out.headersSet,
      timestamp: out.timestamp,
      signedUrl: out.signedUrl,
    },
  };
}
