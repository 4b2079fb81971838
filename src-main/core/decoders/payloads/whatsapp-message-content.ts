// WhatsApp Cloud API message objects → what the card says. One function per message type; the
// envelope (who, when, context, referral) is handled in whatsapp-cloud.ts.
import type { CardError, CardKind } from '@shared/cards';
import {
  documentSummary,
  locationSummary,
  mapUrl,
  mediaSummary,
  plural,
  reactionSummary,
} from './content-text';
import { errorLine, metaErrors } from './errors';
import {
  bool,
  compact,
  isRecord,
  list,
  nonEmpty,
  number,
  own,
  record,
  text,
  type JsonRecord,
} from './json-access';
import { fromUnixSeconds } from './time';

export interface MessageContent {
  /** Overrides the default "message" kind (request_welcome is an event-like card). */
  kind?: CardKind;
  type: string;
  summary: string;
  details: JsonRecord;
  reactsTo?: string | null;
  errors?: CardError[];
}

type Describer = (message: JsonRecord, body: JsonRecord | null, depth: number) => MessageContent;

function media(
  kind: 'image' | 'video' | 'sticker' | 'audio' | 'document',
  body: JsonRecord | null,
): JsonRecord {
  return compact([
    ['mediaId', text(body, 'id')],
    ['mimeType', text(body, 'mime_type')],
    ['sha256', text(body, 'sha256')],
    // Newer payloads add a short-lived URL; it needs the access token to download.
    ['mediaUrl', nonEmpty(body, 'url')],
    ['caption', kind === 'image' || kind === 'video' || kind === 'document' ? text(body, 'caption') : null],
  ]);
}

const describeText: Describer = (_m, body) => {
  const value = text(body, 'body');
  // Verbatim: no trimming, no decoding of entities, no length cap (user texts may exceed 4,096).
  return { type: 'text', summary: value ?? '(empty text)', details: {} };
};

const describeImageOrVideo =
  (kind: 'image' | 'video'): Describer =>
  (_m, body) => ({
    type: kind,
    summary: mediaSummary(kind, text(body, 'caption')),
    details: media(kind, body),
  });

const describeAudio: Describer = (_m, body) => {
  const voice = bool(body, 'voice') === true;
  return {
    type: 'audio',
    summary: voice ? 'Voice message' : 'Audio file',
    details: { ...media('audio', body), voice },
  };
};

const describeDocument: Describer = (_m, body) => ({
  type: 'document',
  summary: documentSummary(text(body, 'filename'), text(body, 'caption')),
  details: compact([...Object.entries(media('document', body)), ['filename', text(body, 'filename')]]),
});

const describeSticker: Describer = (_m, body) => {
  const animated = bool(body, 'animated') === true;
  return {
    type: 'sticker',
    summary: animated ? 'Sticker (animated)' : 'Sticker',
    details: { ...media('sticker', body), animated },
  };
};

const describeLocation: Describer = (_m, body) => {
  const latitude = number(body, 'latitude');
  const longitude = number(body, 'longitude');
  const name = text(body, 'name');
  const address = text(body, 'address');
  return {
    type: 'location',
    summary: locationSummary(name, address, latitude, longitude),
    details: compact([
      ['latitude', latitude],
      ['longitude', longitude],
      ['name', name],
      ['address', address],
      ['url', nonEmpty(body, 'url')],
      ['mapUrl', mapUrl(latitude, longitude)],
    ]),
  };
};

interface SharedContact {
  name: string | null;
  phones: string[];
  emails: string[];
  organization: string | null;
}

function sharedContact(raw: unknown): SharedContact {
  const name = record(raw, 'name');
  const formatted =
    nonEmpty(name, 'formatted_name') ??
    ([nonEmpty(name, 'first_name'), nonEmpty(name, 'last_name')].filter(Boolean).join(' ') || null);
  const org = record(raw, 'org');
  return {
    name: formatted,
    phones: list(raw, 'phones')
      .map((phone) => nonEmpty(phone, 'phone') ?? nonEmpty(phone, 'wa_id'))
      .filter((phone): phone is string => phone !== null),
    emails: list(raw, 'emails')
      .map((email) => nonEmpty(email, 'email'))
      .filter((email): email is string => email !== null),
    organization: [nonEmpty(org, 'company'), nonEmpty(org, 'title')].filter(Boolean).join(', ') || null,
  };
}

const describeContacts: Describer = (message) => {
  // The shared vCards live in message.contacts (not value.contacts, which describes the sender).
  const contacts = list(message, 'contacts').map(sharedContact);
  const names = contacts.map((c) => {
    const label = c.name ?? 'Unnamed';
    return c.phones[0] !== undefined ? `${label} (${c.phones[0]})` : label;
  });
  return {
    type: 'contacts',
    summary:
      contacts.length > 0 ? `${plural(contacts.length, 'contact')}: ${names.join(', ')}` : 'Contacts (empty)',
    details: { contacts },
  };
};

const describeReaction: Describer = (_m, body) => {
  const target = nonEmpty(body, 'message_id');
  // Removal arrives with emoji omitted (current docs) or "" (older payloads): both mean removed.
  const emoji = nonEmpty(body, 'emoji');
  return {
    type: 'reaction',
    summary: reactionSummary(emoji, target),
    details: compact([
      ['emoji', emoji ?? ''],
      ['removed', emoji === null],
      ['reactedTo', target],
    ]),
    reactsTo: target,
  };
};

/** Flows put their answers in a JSON *string*; parse it a second time, never evaluate it. */
function parseResponseJson(raw: string | null): { parsed: unknown; error: string | null } {
  if (raw === null) return { parsed: null, error: null };
  try {
    return { parsed: JSON.parse(raw), error: null };
  } catch {
    return { parsed: null, error: 'response_json is not valid JSON' };
  }
}

function flowAnswers(parsed: unknown): string {
  if (!isRecord(parsed)) return '';
  return Object.keys(parsed)
    .filter((key) => key !== 'flow_token')
    .map((key) => {
      const value = parsed[key];
      return `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`;
    })
    .join(', ');
}

const describeInteractive: Describer = (_m, body) => {
  const subtype = nonEmpty(body, 'type') ?? 'unknown';
  const reply = record(body, subtype);
  const base = { type: 'interactive', details: { interactiveType: subtype } as JsonRecord };
  if (subtype === 'button_reply' || subtype === 'list_reply') {
    const title = text(reply, 'title');
    const description = nonEmpty(reply, 'description');
    return {
      ...base,
      summary: [title ?? '(no title)', description].filter(Boolean).join(' — '),
      details: compact([
        ['interactiveType', subtype],
        ['selectionId', text(reply, 'id')],
        ['title', title],
        ['description', description],
      ]),
    };
  }
  if (subtype === 'nfm_reply') {
    const name = nonEmpty(reply, 'name');
    const rawJson = text(reply, 'response_json');
    const { parsed, error } = parseResponseJson(rawJson);
    const answers = flowAnswers(parsed);
    const label = name === 'address_message' ? 'Address' : 'Flow response';
    return {
      ...base,
      summary:
        answers !== ''
          ? `${label}: ${answers}`
          : `${label}${nonEmpty(reply, 'body') ? ` (${text(reply, 'body')})` : ''}`,
      details: compact([
        ['interactiveType', subtype],
        ['flowName', name],
        ['body', text(reply, 'body')],
        ['response', parsed],
        ['responseJson', rawJson],
        ['responseJsonError', error],
      ]),
    };
  }
  if (subtype === 'call_permission_reply') {
    const response = nonEmpty(reply, 'response') ?? 'unknown';
    const permanent = bool(reply, 'is_permanent') === true;
    return {
      ...base,
      summary: `Call permission: ${response}${permanent ? ' (permanent)' : ''}`,
      details: compact([
        ['interactiveType', subtype],
        ['response', response],
        ['permanent', permanent],
        ['expiresAt', fromUnixSeconds(own(reply, 'expiration_timestamp'))],
        ['responseSource', nonEmpty(reply, 'response_source')],
      ]),
    };
  }
  return {
    ...base,
    summary: `Interactive (${subtype})`,
    details: compact([
      ['interactiveType', subtype],
      ['raw', body],
    ]),
  };
};

const describeButton: Describer = (_m, body) => ({
  // A quick-reply button on a *template* message (not "interactive").
  type: 'button',
  summary: text(body, 'text') ?? '(button)',
  details: compact([['payload', text(body, 'payload')]]),
});

const describeOrder: Describer = (_m, body) => {
  const items = list(body, 'product_items').map((item) => ({
    productRetailerId: text(item, 'product_retailer_id'),
    quantity: number(item, 'quantity') ?? 0,
    itemPrice: number(item, 'item_price') ?? 0,
    currency: text(item, 'currency'),
  }));
  const totals = new Map<string, number>();
  for (const item of items) {
    const currency = item.currency ?? '?';
    totals.set(currency, (totals.get(currency) ?? 0) + item.quantity * item.itemPrice);
  }
  const units = items.reduce((sum, item) => sum + item.quantity, 0);
  // Prices may be floats: round the shown total to cents, keep the items exact in details.
  const total = [...totals]
    .map(([currency, sum]) => `${Math.round(sum * 100) / 100} ${currency}`)
    .join(' + ');
  const note = nonEmpty(body, 'text');
  return {
    type: 'order',
    summary: [
      `Order: ${plural(items.length, 'line')}, ${plural(units, 'unit')}${total ? `, total ${total}` : ''}`,
      note,
    ]
      .filter(Boolean)
      .join(' — '),
    details: compact([
      ['catalogId', text(body, 'catalog_id')],
      ['note', note],
      ['items', items],
    ]),
  };
};

const describeSystem: Describer = (message, body) => {
  const identity = record(message, 'identity');
  const newId = nonEmpty(body, 'wa_id') ?? nonEmpty(body, 'customer') ?? nonEmpty(body, 'new_wa_id');
  return {
    type: 'system',
    summary: text(body, 'body') ?? `System: ${nonEmpty(body, 'type') ?? 'update'}`,
    details: compact([
      ['systemType', nonEmpty(body, 'type')],
      ['newWaId', newId],
      ['userId', nonEmpty(body, 'user_id')],
      [
        'identity',
        identity
          ? compact([
              ['acknowledged', own(identity, 'acknowledged')],
              ['createdAt', fromUnixSeconds(own(identity, 'created_timestamp'))],
              ['hash', text(identity, 'hash')],
            ])
          : null,
      ],
    ]),
  };
};

const describeUnsupported: Describer = (message, body) => {
  const errors = metaErrors(message);
  // Current name "unsupported" carries the real type (gif, poll_creation, pin…); older "unknown" does not.
  const what = nonEmpty(body, 'type');
  const type = nonEmpty(message, 'type') ?? 'unsupported';
  const label = `${type === 'unknown' ? 'Unknown' : 'Unsupported'}${what ? ` (${what})` : ''}`;
  return {
    type,
    summary: errors[0] ? `${label}: ${errorLine(errors[0])}` : label,
    details: compact([['unsupportedType', what]]),
    errors,
  };
};

const describeRequestWelcome: Describer = () => ({
  kind: 'event',
  type: 'request_welcome',
  summary: 'Opened the chat for the first time',
  details: {},
});

const describeEdit: Describer = (_m, body, depth) => {
  const original = nonEmpty(body, 'original_message_id');
  const edited = record(body, 'message');
  const inner = edited && depth < 1 ? describeWhatsAppContent(edited, depth + 1) : null;
  return {
    type: 'edit',
    summary: `Edited${original ? ` ${original}` : ''}: ${inner?.summary ?? '(no content)'}`,
    details: compact([
      ['originalMessageId', original],
      ['editedType', inner?.type],
      ['edited', inner?.details],
    ]),
  };
};

const describeRevoke: Describer = (_m, body) => {
  const original = nonEmpty(body, 'original_message_id');
  return {
    type: 'revoke',
    summary: `Deleted message${original ? ` ${original}` : ''}`,
    details: compact([['originalMessageId', original]]),
  };
};

const DESCRIBERS: ReadonlyMap<string, Describer> = new Map([
  ['text', describeText],
  ['image', describeImageOrVideo('image')],
  ['video', describeImageOrVideo('video')],
  ['audio', describeAudio],
  // Some guides mention "voice" as a type; Meta sends audio with voice:true, but accept both.
  ['voice', describeAudio],
  ['document', describeDocument],
  ['sticker', describeSticker],
  ['location', describeLocation],
  ['contacts', describeContacts],
  ['reaction', describeReaction],
  ['interactive', describeInteractive],
  ['button', describeButton],
  ['order', describeOrder],
  ['system', describeSystem],
  ['unsupported', describeUnsupported],
  ['unknown', describeUnsupported],
  ['request_welcome', describeRequestWelcome],
  ['edit', describeEdit],
  ['revoke', describeRevoke],
]);

/** Future or unlisted types: keep the provider's type name and show its raw JSON. */
function describeUnrecognised(message: JsonRecord, type: string): MessageContent {
  const errors = metaErrors(message);
  const body = own(message, type);
  return {
    type,
    summary: errors[0]
      ? `${type}: ${errorLine(errors[0])}`
      : `${type} message (not decoded; raw JSON in details)`,
    details: { raw: body !== undefined ? body : message },
    errors,
  };
}

export function describeWhatsAppContent(message: JsonRecord, depth = 0): MessageContent {
  const type = nonEmpty(message, 'type') ?? 'unknown';
  const describer = DESCRIBERS.get(type);
  if (!describer) return describeUnrecognised(message, type);
  const content = describer(message, record(message, type), depth);
  // "A message with errors is still a message": keep errors from any type, not only unsupported.
  return content.errors ? content : { ...content, errors: metaErrors(message) };
}
