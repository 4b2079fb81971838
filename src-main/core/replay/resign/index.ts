// Re-signing: recompute a provider's signature (and timestamp, where its scheme has one) with a
// stored secret, so an edited or replayed request verifies again. Each provider's definition holds
// its signer, or the reason it cannot be re-signed (a private key only the sender holds, a timestamp
// inside the body…), which is returned rather than faking a signature.
import type { ResignInfo } from '@shared/replay-types';
import { providerDefinition, providerDefinitions } from '../../providers/registry';
import type { LabelledSecret } from '../../signatures';
import type { SignableRequest, SignerContext } from './types';

export type { SignableRequest } from './types';

export const resignableProviders: readonly string[] = providerDefinitions
  .filter((d) => 'signer' in d.resign)
  .map((d) => d.id);

export interface ResignOptions extends Omit<SignerContext, 'secret'> {
  provider: string;
  secrets: readonly LabelledSecret[];
  /** Sign with this stored secret (default: the first, i.e. primary). */
  secretLabel?: string;
}

export type ResignResult =
  { ok: true; headers: [string, string][]; url: string; info: ResignInfo } | { ok: false; problem: string };

export function resignRequest(req: SignableRequest, options: ResignOptions): ResignResult {
  const resign = providerDefinition(options.provider)?.resign;
  if (!resign) return { ok: false, problem: `Hookscope cannot sign for provider "${options.provider}"` };
  if ('refusal' in resign) return { ok: false, problem: resign.refusal };
  const signer = resign.signer;
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
  const next = options.secrets.find((s) => s !== secret);
  const out = signer(req, {
    ...options,
    secret: secret.value,
    ...(next ? { nextSecret: next.value } : {}),
  });
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
