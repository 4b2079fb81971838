// Postmark signs nothing: webhooks are protected by Basic auth credentials in the URL or by IP
// allow-listing (postmarkapp.com › Developer › Webhooks › Protecting your webhook). Recognised
// from the payload (`RecordType` with `MessageStream`, or an inbound message) and reported as
// "this provider does not sign", so no one hunts for a missing secret.
import { isRecord, smallJson } from '../../signatures/provider-kit';
import type { RequestView } from '../../signatures/types';
import type { ProviderDefinition } from '../types';

const RECORD_TYPES = /"RecordType"\s*:\s*"(Delivery|Bounce|SpamComplaint|Open|Click|SubscriptionChange)"/;

function detect(view: RequestView): number {
  const head = view.req.body.subarray(0, 4096).toString('utf8');
  if (RECORD_TYPES.test(head) && head.includes('"MessageStream"')) return 70;
  if (head.includes('"MessageStream"') && head.includes('"FromFull"') && head.includes('"OriginalRecipient"'))
    return 70;
  return 0;
}

function recordType(view: RequestView): string {
  const json = smallJson(view.req.body, 64 * 1024);
  return isRecord(json) && typeof json.RecordType === 'string' ? json.RecordType : 'Inbound';
}

export const postmark: ProviderDefinition = {
  id: 'postmark',
  name: 'Postmark',
  reference: null,
  secretKind: 'none',
  secretHint:
    'Nothing to store: Postmark does not sign webhooks. Protect the URL with Basic auth credentials (https://user:pass@…) or allow only Postmark’s IP ranges.',
  detect,
  verification: {
    read: (view) => ({
      kind: 'not-signed',
      why: `Postmark ${recordType(view)} webhook: Postmark does not sign its webhooks; use Basic auth in the webhook URL or an IP allow-list to trust them.`,
    }),
  },
  receiverHandshake: null,
  resign: { refusal: 'Postmark does not sign its webhooks, so there is nothing to re-sign' },
  compose: {
    noTemplates: 'Postmark webhooks are unsigned; replay a captured delivery to reproduce one.',
  },
  payloadFamilies: [],
};
