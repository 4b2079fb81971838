// Decoded message cards and the chat threads built from them (getCapture, listConversations,
// getConversation).
import { z } from 'zod';

export const cardKindSchema = z.enum(['message', 'status', 'event', 'error']);
export const cardDirectionSchema = z
  .enum(['inbound', 'outbound'])
  .describe('inbound = the contact wrote to the business; outbound = the business wrote (echoes, statuses).');
export const cardChannelSchema = z
  .enum(['whatsapp', 'messenger', 'instagram', 'sms'])
  .describe('The messaging network a card belongs to (not the gateway that relayed it).');
export const tickSchema = z
  .enum(['pending', 'sent', 'delivered', 'read', 'played', 'failed'])
  .describe('Delivery state of an outbound message, shown as ticks.');

export const cardErrorSchema = z
  .strictObject({
    code: z
      .string()
      .nullable()
      .describe('Provider code as text: Meta sends ints (131051), Twilio strings ("63016").'),
    title: z.string().nullable(),
    message: z.string().nullable(),
    details: z.string().nullable().describe('Meta `error_data.details` and similar free text.'),
    href: z.string().nullable().describe('Documentation link when the provider sent one.'),
  })
  .meta({
    id: 'CardError',
    description: 'One provider error, at whatever level it arrived (payload, message or status).',
  });

export const cardSchema = z
  .strictObject({
    kind: cardKindSchema,
    type: z
      .string()
      .describe(
        'message: the content type (text, image, reaction…; unknown types keep the provider\'s name). status: a tick or the provider\'s own status name. event: the webhook field or event name. error: "error".',
      ),
    from: z
      .string()
      .nullable()
      .describe('Phones normalised to "+<digits>"; other ids (BSUID, PSID, JID) as sent.'),
    fromName: z.string().nullable(),
    to: z.string().nullable(),
    toName: z.string().nullable(),
    id: z.string().nullable().describe("The provider's id for the item (wamid, Twilio SID, Messenger mid)."),
    timestamp: z.string().nullable().describe('ISO UTC; null when the payload has none (never invented).'),
    summary: z
      .string()
      .describe('The human content: text verbatim, caption, filename, place, emoji, option, status, error.'),
    details: z
      .record(z.string(), z.unknown())
      .describe(
        'Everything else worth showing: media id/mime/sha256, referral, pricing, selection ids, raw.',
      ),
    channel: cardChannelSchema.nullable(),
    direction: cardDirectionSchema.nullable(),
    conversationKey: z
      .string()
      .nullable()
      .describe('Thread key "<channel>:<contact id>" (digits for phones), null for account-level events.'),
    replyTo: z.string().nullable().describe('Id of the message this one replies to (quoted).'),
    reactsTo: z.string().nullable().describe('Id of the message a reaction card targets.'),
    forwarded: z.enum(['forwarded', 'frequently_forwarded']).nullable(),
    statusOf: z.string().nullable().describe('Status cards: id of the message the status is about.'),
    appliesUpTo: z
      .string()
      .nullable()
      .describe(
        'Status cards naming a point in time instead of a message (Messenger/Instagram watermarks): the status covers every outbound message up to this ISO time.',
      ),
    errors: z.array(cardErrorSchema),
    badges: z
      .array(z.string())
      .describe('Short markers: "Forwarded", "Ad: <headline>", "retry #2", "unverified"…'),
  })
  .meta({ id: 'Card', description: 'What a capture means (who sent what), decoded from its body.' });

export const capturedCardSchema = cardSchema
  .extend({
    captureId: z.number().int(),
    receivedAt: z
      .string()
      .nullable()
      .optional()
      .describe('When the capture arrived (ISO UTC); orders cards whose payload carries no time (Twilio).'),
    signatureFailed: z
      .boolean()
      .optional()
      .describe(
        "The sender's verifier would reject the capture (verdict fail or stale): the thread marks the message.",
      ),
  })
  .meta({ id: 'CapturedCard', description: 'A Card tagged with the capture it came from.' });

export const conversationSummarySchema = z
  .strictObject({
    key: z.string(),
    channel: z.string().nullable(),
    contact: z.string().nullable(),
    contactName: z.string().nullable(),
    lastText: z.string().nullable().describe('Text of the newest card, as shown in the list.'),
    lastReceivedAt: z
      .string()
      .nullable()
      .describe('When the newest capture of the thread arrived (ISO UTC).'),
    lastCaptureId: z.number().int(),
    captureCount: z.number().int(),
    failedSignatures: z
      .number()
      .int()
      .describe("Captures in the thread the sender's verifier would reject (verdict fail or stale)."),
  })
  .meta({ id: 'ConversationSummary', description: "One chat thread in the server's list (all of history)." });

export const threadItemSchema = z
  .strictObject({
    messageId: z.string().nullable().describe('The message id, or null for items that have none.'),
    card: capturedCardSchema
      .nullable()
      .describe(
        'The message (or chat event) card. Null for a placeholder: statuses arrived for an outbound message whose own send was never a webhook.',
      ),
    direction: cardDirectionSchema.nullable(),
    timestamp: z
      .string()
      .nullable()
      .describe("Sort time: the card's time, else the earliest status time, else receivedAt."),
    tick: tickSchema
      .nullable()
      .describe('Highest-ranked status seen for this message (arrival order does not matter).'),
    statuses: z.array(capturedCardSchema).describe('Every status card about this message, in arrival order.'),
    reactions: z.array(z.string()).describe('Latest reaction per reacting party, removals applied.'),
    duplicateCaptureIds: z
      .array(z.number().int())
      .describe('Capture ids of redeliveries of the same message (the first capture is `card`).'),
  })
  .meta({
    id: 'ThreadItem',
    description: 'One message of a thread, with its ticks, reactions and redeliveries.',
  });

export const conversationSchema = z
  .strictObject({
    key: z.string(),
    channel: cardChannelSchema.nullable(),
    contact: z
      .string()
      .nullable()
      .describe('The contact\'s id as shown on the cards (e.g. "+447700900456").'),
    contactName: z.string().nullable(),
    items: z.array(threadItemSchema).describe('Time-ordered, oldest first.'),
    lastTimestamp: z.string().nullable(),
  })
  .meta({ id: 'Conversation', description: 'One chat thread, grouped by contact.' });
