// What the front ends know about each provider and payload family (listProviders, listPayloadFamilies).
import { z } from 'zod';

export const secretKindSchema = z
  .enum(['shared-secret', 'public-key', 'token', 'none'])
  .describe(
    "What the user stores: shared-secret = an HMAC key both sides hold; public-key = the sender's verification key; token = a value the sender sends as is (compared, not used as a key); none = nothing to store.",
  );

export const providerInfoSchema = z
  .strictObject({
    id: z
      .string()
      .describe('Stable id, e.g. "stripe": the signer vocabulary of captures, secrets and overrides.'),
    name: z.string(),
    secretKind: secretKindSchema,
    secretHint: z.string().describe('Where the user finds the value to paste (and what it is not).'),
    canResign: z
      .boolean()
      .describe("True when Hookscope can recompute this provider's signature for replays and test events."),
    resignRefusal: z.string().nullable().describe('Why it cannot re-sign (null when it can).'),
    templates: z
      .array(z.string())
      .describe('Ids of the sample events (composeEvent) this provider signs, in list order.'),
    payloadFamilies: z
      .array(z.string())
      .describe('Payload families (e.g. "whatsapp-cloud") its deliveries carry.'),
  })
  .meta({ id: 'ProviderInfo', description: 'A provider Hookscope understands, from the provider registry.' });

export const payloadFamilyInfoSchema = z
  .strictObject({
    id: z.string().describe('e.g. "whatsapp-cloud", "stripe-event", "socialhook".'),
    signer: z
      .string()
      .nullable()
      .describe(
        'The provider whose deliveries carry it (meta for whatsapp-cloud), null when none Hookscope knows.',
      ),
  })
  .meta({
    id: 'PayloadFamilyInfo',
    description:
      'A message or event format Hookscope decodes into cards: a second vocabulary beside provider ids.',
  });
