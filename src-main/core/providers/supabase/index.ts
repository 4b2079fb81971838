// Supabase database webhooks (pg_net triggers) sign nothing: they POST
// `{"type":"INSERT","table":…,"record":…,"schema":…,"old_record":…}` with whatever headers the
// trigger was given (supabase.com/docs › Database › Webhooks). Recognised from that payload and
// reported as "this provider does not sign".
import type { RequestView } from '../../signatures/types';
import type { ProviderDefinition } from '../types';

const TYPE = /"type"\s*:\s*"(INSERT|UPDATE|DELETE)"/;

function detect(view: RequestView): number {
  const body = view.req.body;
  const head = body.subarray(0, 4096).toString('utf8');
  if (!TYPE.test(head) || !head.includes('"table"') || !head.includes('"record"')) return 0;
  // "schema" follows the row: a row with a large column pushes it to the end of the body, so the
  // tail is read too (two small slices, never the whole body).
  const tail = body.length > 4096 ? body.subarray(Math.max(4096, body.length - 4096)).toString('utf8') : '';
  return head.includes('"schema"') || tail.includes('"schema"') ? 70 : 0;
}

export const supabase: ProviderDefinition = {
  id: 'supabase',
  name: 'Supabase database webhooks',
  reference: null,
  secretKind: 'none',
  secretHint:
    'Nothing to store: database webhooks are not signed. Add your own Authorization header to the webhook (Database › Webhooks › HTTP Headers) and check it in the handler.',
  detect,
  verification: {
    read: () => ({
      kind: 'not-signed',
      why: 'Supabase database webhooks are not signed: trust them by a header you add to the webhook (e.g. Authorization: Bearer …) and check yourself.',
    }),
  },
  receiverHandshake: null,
  resign: { refusal: 'Supabase database webhooks are not signed, so there is nothing to re-sign' },
  compose: {
    noTemplates: 'Supabase database webhooks are unsigned; replay a captured delivery to reproduce one.',
  },
  payloadFamilies: [],
};
