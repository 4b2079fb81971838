// HCP Terraform / Terraform Enterprise notifications: `X-TFE-Notification-Signature: <hex>`,
// HMAC-SHA512 of the raw body keyed with the notification configuration's token. Checked against
// https://developer.hashicorp.com/terraform/cloud-docs/workspaces/settings/notifications#notification-authenticity.
import { hmacProvider } from '../kit/hmac-provider';
import { terraformTemplates } from './templates';

export const terraform = hmacProvider({
  id: 'terraform',
  name: 'HCP Terraform',
  reference:
    'https://developer.hashicorp.com/terraform/cloud-docs/workspaces/settings/notifications#notification-authenticity',
  secretHint:
    'The Token of the notification configuration: workspace › Settings › Notifications › your destination.',
  headers: ['X-TFE-Notification-Signature'],
  layout: { kind: 'bare' },
  algorithm: 'sha512',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Terraform: hex HMAC-SHA512 of the body',
  compose: { templates: terraformTemplates },
});
