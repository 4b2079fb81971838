// Adyen payment webhooks (Standard notifications) carry the signature in the body:
// `notificationItems[0].NotificationRequestItem.additionalData.hmacSignature`, base64 HMAC-SHA256
// keyed with the *hex-decoded* HMAC key over
// `pspReference:originalReference:merchantAccountCode:merchantReference:value:currency:eventCode:success`
// (docs.adyen.com › Webhooks › Verify HMAC signatures). Each item is signed on its own; Adyen sends
// one per request today, and only the first is judged here.
import { contextFor, isRecord, smallJson } from '../../signatures/provider-kit';
import type { HmacScheme, ReadResult, RequestView, SignatureVerification } from '../../signatures/types';

const MAX_BODY = 1024 * 1024;

interface Item {
  fields: string[];
  signature: string | null;
  count: number;
}

const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** The first NotificationRequestItem's signed fields and signature, or null when the body is not one. */
export function adyenItem(body: Buffer): Item | null {
  const json = smallJson(body, MAX_BODY);
  if (!isRecord(json) || !Array.isArray(json.notificationItems)) return null;
  const first: unknown = json.notificationItems[0];
  const item =
    isRecord(first) && isRecord(first.NotificationRequestItem) ? first.NotificationRequestItem : null;
  if (!item) return null;
  const amount = isRecord(item.amount) ? item.amount : {};
  const extra = isRecord(item.additionalData) ? item.additionalData : {};
  return {
    fields: [
      text(item.pspReference),
      text(item.originalReference),
      text(item.merchantAccountCode),
      text(item.merchantReference),
      text(amount.value),
      text(amount.currency),
      text(item.eventCode),
      text(item.success),
    ],
    signature: typeof extra.hmacSignature === 'string' ? extra.hmacSignature : null,
    count: json.notificationItems.length,
  };
}

export const adyenSigningString = (fields: readonly string[]): string => fields.join(':');

const scheme: HmacScheme = {
  kind: 'hmac',
  algorithm: 'sha256',
  encoding: 'base64',
  keyDerivation: 'hex',
  template:
    '{pspReference}:{originalReference}:{merchantAccountCode}:{merchantReference}:{value}:{currency}:{eventCode}:{success} (from the first notification item)',
  // Re-read from the body each time, so the diagnosis can try altered bodies.
  content: (body) => Buffer.from(adyenSigningString(adyenItem(body)?.fields ?? []), 'utf8'),
};

function read(view: RequestView): ReadResult {
  const item = adyenItem(view.req.body);
  const where = 'body: additionalData.hmacSignature';
  if (!item || item.signature === null) {
    return {
      kind: 'missing',
      headersTried: [where],
      warnings: item
        ? ['Turn on "HMAC key" for this webhook in the Customer Area to have notifications signed.']
        : [],
    };
  }
  return {
    kind: 'signature',
    header: where,
    received: item.signature,
    entries: [{ version: '', value: item.signature, supported: true }],
    scheme,
    format: {
      id: 'adyen',
      label: 'Adyen: base64 HMAC-SHA256 of the item fields joined by ":", hex-decoded key',
    },
    contexts: [contextFor(view)],
    timestamp: null,
    formatComputed: (d) => d,
    warnings:
      item.count > 1
        ? [
            `This request carries ${item.count} notification items; each is signed separately and only the first is checked here.`,
          ]
        : [],
  };
}

export function detectAdyen(view: RequestView): number {
  const head = view.req.body.subarray(0, 2048);
  return head.includes('"notificationItems"') && view.req.body.includes('"NotificationRequestItem"') ? 92 : 0;
}

export const adyenVerification: SignatureVerification = { read };
