// WooCommerce: `X-WC-Webhook-Signature: <base64>`, HMAC-SHA256 of the delivered body keyed with the
// webhook's secret. Checked against WooCommerce's source, WC_Webhook::generate_signature
// (github.com/woocommerce/woocommerce plugins/woocommerce/includes/class-wc-webhook.php), which
// also HTML-entity-decodes the stored secret first: a secret containing `&amp;` signs with `&`.
import { hmacProvider } from '../kit/hmac-provider';
import { woocommerceTemplates } from './templates';

export const woocommerce = hmacProvider({
  id: 'woocommerce',
  name: 'WooCommerce',
  reference:
    'https://github.com/woocommerce/woocommerce/blob/trunk/plugins/woocommerce/includes/class-wc-webhook.php',
  secretHint: 'The webhook Secret: WooCommerce › Settings › Advanced › Webhooks › your webhook › Secret.',
  headers: ['X-WC-Webhook-Signature'],
  detectHeaders: ['X-WC-Webhook-Topic'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'base64',
  template: '{body}',
  formatLabel: 'WooCommerce: base64 HMAC-SHA256 of the body',
  compose: { templates: woocommerceTemplates },
});
