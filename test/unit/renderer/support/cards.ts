// Decoded cards for renderer tests, shaped as the payload decoders produce them.
import type { CapturedCard } from '@shared/cards';

let nextCapture = 1;

export const card = (over: Partial<CapturedCard> = {}): CapturedCard => ({
  kind: 'message',
  type: 'text',
  from: '+447700900456',
  fromName: 'Ada',
  to: '+15550001111',
  toName: null,
  id: `wamid.${nextCapture}`,
  timestamp: '2026-12-04T10:00:00.000Z',
  summary: 'hello',
  details: {},
  channel: 'whatsapp',
  direction: 'inbound',
  conversationKey: 'whatsapp:447700900456',
  replyTo: null,
  reactsTo: null,
  forwarded: null,
  statusOf: null,
  appliesUpTo: null,
  errors: [],
  badges: [],
  captureId: nextCapture++,
  receivedAt: '2026-12-04T10:00:01.000000Z',
  ...over,
});
