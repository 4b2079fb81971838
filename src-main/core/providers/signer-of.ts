// The one rule for "which provider signs this capture": the user's choice for this capture, else
// the provider mapped to its path (settings.providerByPath), else detection from the request, else
// the signer of the payload family its body decodes as (a WhatsApp batch without a signature
// header is still Meta's, and shows as unsigned). The analysis, the response rules and the
// forwarder all ask this function.
import type { PayloadFamilyInfo } from '@shared/provider-types';
import { payloadFamilyIds } from '../decoders/families';
import { detectProvider } from '../signatures/registry';
import { providerDefinitions } from './registry';

export type SignerSource = 'override' | 'path' | 'detected' | 'payload';

export interface SignerQuestion {
  /** Chosen by the user for this capture (null or absent: none). */
  override?: string | null;
  method: string;
  /** Path plus query. */
  path: string;
  headers: [string, string][];
  body: Buffer;
  providerByPath: readonly { pathPrefix: string; provider: string }[];
  /** The payload family the body decodes as, when known. */
  payloadFamily?: string | null;
}

export interface SignerAnswer {
  provider: string;
  source: SignerSource;
}

const signerOfFamily = new Map<string, string>(
  providerDefinitions.flatMap((d) => d.payloadFamilies.map((family) => [family, d.id] as const)),
);

/** The provider whose deliveries carry this payload family (e.g. whatsapp-cloud → meta). */
export function signerOfPayloadFamily(family: string): string | null {
  return signerOfFamily.get(family) ?? null;
}

/** Every payload family a capture can carry, with its signer (the `listPayloadFamilies` operation). */
export function listPayloadFamilies(): PayloadFamilyInfo[] {
  return payloadFamilyIds.map((id) => ({ id, signer: signerOfPayloadFamily(id) }));
}

export function providerForPath(
  path: string,
  providerByPath: readonly { pathPrefix: string; provider: string }[],
): string | null {
  return providerByPath.find((rule) => path.startsWith(rule.pathPrefix))?.provider ?? null;
}

export function signerOf(q: SignerQuestion): SignerAnswer | null {
  if (q.override) return { provider: q.override, source: 'override' };
  const byPath = providerForPath(q.path, q.providerByPath);
  if (byPath) return { provider: byPath, source: 'path' };
  const detected = detectProvider(q.headers, q.body, { method: q.method, path: q.path });
  if (detected) return { provider: detected, source: 'detected' };
  const fromPayload = q.payloadFamily ? signerOfPayloadFamily(q.payloadFamily) : null;
  return fromPayload ? { provider: fromPayload, source: 'payload' } : null;
}
