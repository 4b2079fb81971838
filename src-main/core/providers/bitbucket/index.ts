// Bitbucket (Cloud and Data Center): `X-Hub-Signature: sha256=<hex>`, HMAC-SHA256 of the raw body
// keyed with the webhook secret; the header name is GitHub's legacy SHA-1 one but carries SHA-256
// (support.atlassian.com › Manage webhooks › Secure webhooks). Told apart from Meta by X-Event-Key.
import type { RequestView } from '../../signatures/types';
import { hmacProvider } from '../kit/hmac-provider';
import { bitbucketTemplates } from './templates';

const fromBitbucket = (view: RequestView): boolean =>
  view.headers.has('x-event-key') &&
  (view.headers.has('x-hook-uuid') ||
    view.headers.has('x-request-uuid') ||
    view.headers.has('x-request-id') ||
    /bitbucket/i.test(view.headers.get('user-agent') ?? ''));

export const bitbucket = hmacProvider({
  id: 'bitbucket',
  name: 'Bitbucket',
  reference: 'https://support.atlassian.com/bitbucket-cloud/docs/manage-webhooks/',
  secretHint: 'The Secret set on the webhook: Repository settings › Webhooks › Edit › Secret.',
  headers: ['X-Hub-Signature'],
  layout: { kind: 'bare', prefix: 'sha256=' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Bitbucket: X-Hub-Signature sha256=<hex> over the body',
  detect: (view) => (fromBitbucket(view) ? 96 : 0),
  compose: { templates: bitbucketTemplates },
});
