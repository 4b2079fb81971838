// Microsoft Teams outgoing webhooks: `Authorization: HMAC <base64>`, HMAC-SHA256 of the raw body
// keyed with the *base64-decoded* security token Teams showed when the webhook was created. Checked
// against https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-outgoing-webhook
// and Microsoft's sample (Microsoft-Teams-Samples, outgoing-webhook: Buffer(sharedSecret, "base64")).
import { hmacProvider } from '../kit/hmac-provider';
import { microsoftTeamsTemplates } from './templates';

export const microsoftTeams = hmacProvider({
  id: 'microsoft-teams',
  name: 'Microsoft Teams outgoing webhook',
  reference:
    'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-outgoing-webhook',
  secretHint:
    'The security token (base64) Teams shows once when you create the outgoing webhook: Team › Manage team › Apps › Create an outgoing webhook.',
  headers: ['Authorization'],
  detect: (view) => (/^HMAC\s+[A-Za-z0-9+/]+=*\s*$/.test(view.headers.get('authorization') ?? '') ? 90 : 0),
  layout: { kind: 'bare', prefix: 'HMAC ' },
  algorithm: 'sha256',
  encoding: 'base64',
  template: '{body}',
  key: 'base64',
  formatLabel: 'Microsoft Teams: Authorization: HMAC <base64> over the body, base64-decoded key',
  compose: { templates: microsoftTeamsTemplates },
});
