// Senders that sign with Standard Webhooks / Svix (Clerk, Resend, OpenAI, Replicate…): the scheme,
// reading and re-signing are the standard-webhooks provider's; what differs is how the sender is
// recognised (its payload shape), the name shown and where its secret lives. Recognised a little
// above plain Standard Webhooks, so a known sender is named and an unknown one still verifies.
import type { EventTemplate } from '../../replay/templates/types';
import type { RequestView } from '../../signatures/types';
import type { ProviderDefinition } from '../types';
import { standardWebhooksSigner } from './sign';
import { detectStandardWebhooks, standardWebhooksVerification } from './verify';

export interface StandardWebhooksSenderSpec {
  id: string;
  name: string;
  /** The sender's documentation of its signing (ProviderDefinition.reference). */
  reference: string | null;
  secretHint: string;
  /** Which header family the sender uses: `svix-*` or `webhook-*`. */
  family: 'svix' | 'webhook';
  /** Looks at the first bytes of the body (JSON text) for the sender's payload shape. */
  payload: (head: string) => boolean;
  templates: readonly EventTemplate[];
}

const HEAD_BYTES = 4096;

export function standardWebhooksSender(spec: StandardWebhooksSenderSpec): ProviderDefinition {
  const familyHeader = `${spec.family}-signature`;
  return {
    id: spec.id,
    name: spec.name,
    reference: spec.reference,
    secretKind: 'shared-secret',
    secretHint: spec.secretHint,
    detect: (view: RequestView) =>
      view.headers.has(familyHeader) &&
      detectStandardWebhooks(view) > 0 &&
      spec.payload(view.req.body.subarray(0, HEAD_BYTES).toString('utf8'))
        ? 93
        : 0,
    verification: standardWebhooksVerification,
    receiverHandshake: null,
    resign: { signer: standardWebhooksSigner },
    compose: { templates: spec.templates },
    payloadFamilies: [],
  };
}
