// Shopify: `X-Shopify-Hmac-Sha256` (event-style deliveries: `shopify-hmac-sha256`) carries a bare
// base64 HMAC-SHA256 of the body, keyed with the app client secret as text.
import { bareEntry, contextFor, hmacScheme } from '../../signatures/provider-kit';
import type { ReadResult, RequestView, SignatureVerification } from '../../signatures/types';

const HEADERS = ['x-shopify-hmac-sha256', 'shopify-hmac-sha256'];
const scheme = hmacScheme('sha256', 'base64', '{body}');

function read(view: RequestView): ReadResult {
  const name = HEADERS.find((h) => view.headers.has(h));
  if (!name) {
    return { kind: 'missing', headersTried: ['X-Shopify-Hmac-Sha256', 'shopify-hmac-sha256'], warnings: [] };
  }
  const value = view.headers.get(name) ?? '';
  return {
    kind: 'signature',
    header: view.headers.nameOf(name) ?? name,
    received: value,
    entries: bareEntry(value),
    scheme,
    format: { id: 'shopify-base64', label: 'Shopify: base64 HMAC-SHA256 of the body' },
    contexts: [contextFor(view)],
    timestamp: null,
    formatComputed: (d) => d,
    warnings: [],
  };
}

export const detectShopify = (view: RequestView): number =>
  HEADERS.some((h) => view.headers.has(h)) ||
  view.headers.has('x-shopify-topic') ||
  view.headers.has('x-shopify-shop-domain')
    ? 95
    : 0;

export const shopifyVerification: SignatureVerification = {
  read,
};
