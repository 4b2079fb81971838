// Notion: `X-Notion-Signature: sha256=<hex>`, HMAC-SHA256 of the raw body keyed with the
// subscription's verification_token (developers.notion.com › Webhooks › Validating event payloads).
import type { RequestView } from '../../signatures/types';
import { hmacProvider } from '../kit/hmac-provider';
import { isNotionVerification, notionHandshake, notionReceiverHandshake } from './handshake';
import { notionTemplates } from './templates';

const detect = (view: RequestView): number => {
  if (view.headers.has('x-notion-signature')) return 95;
  return isNotionVerification(view.req.headers, view.req.body) ? 80 : 0;
};

export const notion = hmacProvider({
  id: 'notion',
  name: 'Notion',
  reference: null,
  secretHint:
    'The verification_token Notion POSTed when you created the subscription (shown on the handshake capture); not the integration secret.',
  headers: ['X-Notion-Signature'],
  layout: { kind: 'bare', prefix: 'sha256=' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Notion: sha256=<hex> HMAC-SHA256 of the body',
  detect,
  handshake: notionHandshake,
  receiverHandshake: notionReceiverHandshake,
  compose: { templates: notionTemplates },
});
