// What the front ends know about each provider Hookscope understands: pure facts derived from the
// core's provider registry and delivered by the `listProviders` operation, so the renderer never
// keeps its own copy. Shared with the renderer, so this file imports nothing.

/**
 * What the user stores for a provider: 'shared-secret' = an HMAC key both sides hold,
 * 'public-key' = the sender's verification key, 'token' = a value the sender sends as is (compared,
 * not used as a key), 'none' = nothing to store: the provider does not sign its webhooks (Postmark,
 * Supabase), and the UI says so instead of "unsigned".
 */
export type SecretKind = 'shared-secret' | 'public-key' | 'token' | 'none';

export interface ProviderInfo {
  /** Stable id, e.g. "stripe"; the signer vocabulary of captures, secrets and overrides. */
  id: string;
  name: string;
  secretKind: SecretKind;
  /** Where the user finds the value to paste. */
  secretHint: string;
  /** True when Hookscope can recompute this provider's signature for replays and test events. */
  canResign: boolean;
  /** Why it cannot (null when it can). */
  resignRefusal: string | null;
  /** Ids of the sample events (compose) signed by this provider, in list order. */
  templates: string[];
  /** Payload families (e.g. "whatsapp-cloud") this provider's deliveries carry. */
  payloadFamilies: string[];
}

/**
 * A payload family: a message or event format Hookscope decodes into cards ("whatsapp-cloud",
 * "stripe-event", "socialhook"…). A second vocabulary beside provider ids.
 */
export interface PayloadFamilyInfo {
  id: string;
  /** The provider whose deliveries carry it (meta for whatsapp-cloud), null when none Hookscope knows. */
  signer: string | null;
}
