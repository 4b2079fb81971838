// The event types a capture carries, for forward routing ("WhatsApp statuses to one handler,
// messages to another"). A WhatsApp batch can hold messages *and* statuses, so this is a list and a
// route matches when any entry fits. Pure and total: unknown shapes give an empty list.
import { decodeContentEncoding, headerValue } from '../decoders/content';

export interface EventTypeInput {
  headers: [string, string][];
  body: Buffer;
  path: string;
}

const MAX_PARSE_BYTES = 2 * 1024 * 1024;

export function eventTypesOf(input: EventTypeInput): string[] {
  const out = new Set<string>();
  for (const name of [
    'x-github-event',
    'x-wasphere-event',
    'x-shopify-topic',
    'x-event-type',
    'x-webhook-event',
  ]) {
    const value = headerValue(input.headers, name);
    if (value) out.add(value.trim());
  }
  const body = decodeContentEncoding(input.headers, input.body).bytes;
  if (body.length > MAX_PARSE_BYTES) return [...out];
  const contentType = (headerValue(input.headers, 'content-type') ?? '').toLowerCase();
  if (contentType.includes('application/x-www-form-urlencoded')) {
    for (const t of twilioTypes(new URLSearchParams(body.toString('utf8')))) out.add(t);
    return [...out];
  }
  const json = parseJson(body);
  if (json === undefined) return [...out];
  for (const t of jsonTypes(json)) out.add(t);
  return [...out];
}

function parseJson(body: Buffer): unknown {
  const first = body.subarray(0, 64).toString('utf8').trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function jsonTypes(json: unknown): string[] {
  if (!isRecord(json)) return [];
  // Meta (WhatsApp, Messenger, Instagram): entry[].changes[] with a field, or messaging[] events.
  if (Array.isArray(json.entry)) return metaTypes(json.entry);
  const out: string[] = [];
  // WaSphere, SocialHook, Sendsar, Zoom: "event"; Stripe, Standard Webhooks senders, Slack: "type".
  if (typeof json.event === 'string') out.push(json.event);
  if (typeof json.type === 'string') out.push(json.type);
  if (isRecord(json.event) && typeof json.event.type === 'string') out.push(json.event.type);
  if (typeof json.event_type === 'string') out.push(json.event_type);
  return out;
}

function metaTypes(entries: unknown[]): string[] {
  const out: string[] = [];
  for (const entry of entries.slice(0, 1000)) {
    if (!isRecord(entry)) continue;
    for (const change of Array.isArray(entry.changes) ? entry.changes.slice(0, 1000) : []) {
      if (!isRecord(change)) continue;
      const value = isRecord(change.value) ? change.value : {};
      // The distinction people route on: inbound messages vs delivery statuses (both field "messages").
      // The field is "messages" for both, so it is not itself a type unless nothing more precise is there.
      const precise = (['messages', 'statuses', 'errors'] as const).filter((k) => Array.isArray(value[k]));
      out.push(...precise);
      if (typeof change.field === 'string' && (change.field !== 'messages' || precise.length === 0))
        out.push(change.field);
    }
    for (const event of Array.isArray(entry.messaging) ? entry.messaging.slice(0, 1000) : []) {
      if (!isRecord(event)) continue;
      for (const key of ['message', 'delivery', 'read', 'postback', 'reaction', 'referral'])
        if (key in event) out.push(key);
    }
  }
  return out;
}

function twilioTypes(form: URLSearchParams): string[] {
  if (form.has('MessageStatus')) return ['status', `status.${form.get('MessageStatus') ?? ''}`];
  if (form.has('MessageSid') || form.has('SmsSid')) return ['message'];
  if (form.has('CallSid')) return ['call'];
  return [];
}
