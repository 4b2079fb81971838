// Adyen payment webhooks (Standard notifications) carry the signature in the body:
// `notificationItems[0].NotificationRequestItem.additionalData.hmacSignature`, base64 HMAC-SHA256
// keyed with the *hex-decoded* HMAC key over
// `pspReference:originalReference:merchantAccountCode:merchantReference:value:currency:eventCode:success`
// (docs.adyen.com › Webhooks › Verify HMAC signatures). Each NotificationRequestItem carries its own
// signature over its own fields, and a receiver must check every one: the engine judges the first
// (so the diagnosis can probe it), `otherItemsCheck` the rest, naming the first item that fails.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SignatureDiagnosis } from '@shared/signature-types';
import { contextFor, isRecord, smallJson } from '../../signatures/provider-kit';
import type {
  HmacScheme,
  LabelledSecret,
  ReadResult,
  RequestView,
  SignatureVerification,
} from '../../signatures/types';

const MAX_BODY = 1024 * 1024;

interface Item {
  fields: string[];
  signature: string | null;
  pspReference: string;
  eventCode: string;
}

const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

function itemOf(entry: unknown): Item | null {
  const item =
    isRecord(entry) && isRecord(entry.NotificationRequestItem) ? entry.NotificationRequestItem : null;
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
    pspReference: text(item.pspReference),
    eventCode: text(item.eventCode),
  };
}

/** Every NotificationRequestItem (null entries for malformed ones), or null when the body is not a batch. */
export function adyenItems(body: Buffer): (Item | null)[] | null {
  const json = smallJson(body, MAX_BODY);
  if (!isRecord(json) || !Array.isArray(json.notificationItems)) return null;
  return (json.notificationItems as unknown[]).map(itemOf);
}

const adyenItem = (body: Buffer): Item | null => adyenItems(body)?.[0] ?? null;

export const adyenSigningString = (fields: readonly string[]): string => fields.join(':');

const scheme: HmacScheme = {
  kind: 'hmac',
  algorithm: 'sha256',
  encoding: 'base64',
  keyDerivation: 'hex',
  template:
    '{pspReference}:{originalReference}:{merchantAccountCode}:{merchantReference}:{value}:{currency}:{eventCode}:{success} (each notification item on its own; the first shown)',
  // Re-read from the body each time, so the diagnosis can try altered bodies.
  content: (body) => Buffer.from(adyenSigningString(adyenItem(body)?.fields ?? []), 'utf8'),
};

/** An item's signature checked with any stored key (the HMAC key is hex, 64 characters). */
function itemVerifies(item: Item, stored: readonly LabelledSecret[]): boolean {
  if (item.signature === null) return false;
  const received = Buffer.from(item.signature, 'base64');
  return stored.some(({ value }) => {
    const hex = value.trim();
    if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) return false;
    const mac = createHmac('sha256', Buffer.from(hex, 'hex'))
      .update(adyenSigningString(item.fields))
      .digest();
    return mac.length === received.length && timingSafeEqual(mac, received);
  });
}

const describeItem = (item: Item | null, index: number, count: number): string =>
  `Notification item ${index + 1} of ${count}` +
  (item ? ` (pspReference ${item.pspReference || '—'}, ${item.eventCode || 'no eventCode'})` : '');

/** Items after the first, each judged on its own signature; the first one that fails is named. */
function otherItemsCheck(
  items: readonly (Item | null)[],
  stored: readonly LabelledSecret[],
): (() => SignatureDiagnosis | null) | undefined {
  if (items.length < 2 || stored.length === 0) return undefined;
  return () => {
    const failing = items.findIndex((item, i) => i > 0 && !(item && itemVerifies(item, stored)));
    if (failing < 0) return null;
    const item = items[failing] ?? null;
    const why = !item
      ? 'is not a NotificationRequestItem'
      : item.signature === null
        ? 'has no additionalData.hmacSignature'
        : 'has an hmacSignature that matches none of the stored HMAC keys';
    return {
      code: 'item-signature-mismatch',
      message: `${describeItem(item, failing, items.length)} ${why}; Adyen signs every item separately, so the batch must be rejected.`,
      fix: 'Check each NotificationRequestItem with its own hmacSignature; an item altered after signing, or signed with another webhook HMAC key, fails on its own.',
      exact: false,
    };
  };
}

function read(view: RequestView, stored: readonly LabelledSecret[] = []): ReadResult {
  const items = adyenItems(view.req.body) ?? [];
  const item = items[0] ?? null;
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
      items.length > 1
        ? [
            `This request carries ${items.length} notification items, each signed separately: the signature shown is the first item's, and every item is checked.`,
          ]
        : [],
    ...withExtraCheck(otherItemsCheck(items, stored)),
  };
}

const withExtraCheck = (check: (() => SignatureDiagnosis | null) | undefined) =>
  check ? { extraCheck: check } : {};

export function detectAdyen(view: RequestView): number {
  const head = view.req.body.subarray(0, 2048);
  return head.includes('"notificationItems"') && view.req.body.includes('"NotificationRequestItem"') ? 92 : 0;
}

export const adyenVerification: SignatureVerification = { read };
