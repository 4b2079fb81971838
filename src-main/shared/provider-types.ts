// What the front ends know about each provider Hookscope understands: pure facts derived from the
// core's provider registry and delivered by the `listProviders` operation, so the renderer never
// keeps its own copy. The shapes are inferred from ./outputs/provider (type-only imports).
import type { z } from 'zod';
import type { payloadFamilyInfoSchema, providerInfoSchema, secretKindSchema } from './outputs/provider';

/**
 * What the user stores for a provider: 'shared-secret' = an HMAC key both sides hold,
 * 'public-key' = the sender's verification key, 'token' = a value the sender sends as is (compared,
 * not used as a key), 'none' = nothing to store: the provider does not sign its webhooks (Postmark,
 * Supabase), and the UI says so instead of "unsigned".
 */
export type SecretKind = z.infer<typeof secretKindSchema>;
export type ProviderInfo = z.infer<typeof providerInfoSchema>;
/**
 * A payload family: a message or event format Hookscope decodes into cards ("whatsapp-cloud",
 * "stripe-event", "socialhook"…). A second vocabulary beside provider ids.
 */
export type PayloadFamilyInfo = z.infer<typeof payloadFamilyInfoSchema>;
