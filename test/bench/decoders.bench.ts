// Decode cost of a 50-message WhatsApp Cloud API batch, against plain JSON.parse of the same bytes
// measured in the same run (the unavoidable floor). Target: median decode < 2 ms.
// Run: node --import tsx test/bench/decoders.bench.ts
import { performance } from 'node:perf_hooks';
import { decodePayload, type DecodeInput } from '../../src-main/core/decoders/payloads';
import { whatsappWebhook } from '../helpers/whatsapp-webhook';

const MESSAGES = 50;
const WARMUP = 300;
const RUNS = 3000;
const TARGET_MS = 2;

/** A realistic mixed batch: 50 messages of varied types from 10 senders, plus their contacts. */
function batch(): Buffer {
  const senders = Array.from({ length: 10 }, (_, i) => ({
    wa_id: `54911234567${i.toString().padStart(2, '0')}`,
    profile: { name: `Contact ${i} Ñandú` },
  }));
  const kinds = [
    (i: number) => ({
      type: 'text',
      text: { body: `Hola, quiero saber el estado de mi pedido ${i} — ¿llega hoy? 👍🏽` },
    }),
    (i: number) => ({
      type: 'image',
      image: {
        caption: `foto ${i}`,
        mime_type: 'image/jpeg',
        sha256: 'Bf7dGrkZtQ8rmE1jaPzL7kdCcb9mpUyxMXJE0jmjzWs=',
        id: `14795371396509${i}`,
      },
    }),
    () => ({
      type: 'interactive',
      interactive: {
        type: 'list_reply',
        list_reply: { id: 'slot_0930', title: '09:30', description: 'Martes' },
      },
    }),
    () => ({
      type: 'location',
      location: { latitude: -34.6037, longitude: -58.3816, name: 'Obelisco', address: 'Av. 9 de Julio s/n' },
    }),
    () => ({ type: 'reaction', reaction: { message_id: 'wamid.OUT', emoji: '❤️' } }),
  ];
  const messages = Array.from({ length: MESSAGES }, (_, i) => ({
    from: senders[i % senders.length]?.wa_id,
    id: `wamid.HBgNNTQ5MTEyMzQ1Njc4ORUCABIYFjNFQjA${i.toString().padStart(4, '0')}`,
    timestamp: String(1747231892 + i),
    ...(i % 7 === 0 ? { context: { from: '15551234567', id: 'wamid.OUT' } } : {}),
    ...kinds[i % kinds.length]!(i),
  }));
  return Buffer.from(
    whatsappWebhook({
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: '15551234567', phone_number_id: '106540352242922' },
      contacts: senders,
      messages,
    }),
  );
}

function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function main(): void {
  const body = batch();
  const input: DecodeInput = {
    headers: [['Content-Type', 'application/json']],
    body,
    contentType: 'application/json',
    path: '/webhook',
  };
  const check = decodePayload(input);
  if (check.cards.length !== MESSAGES)
    throw new Error(`expected ${MESSAGES} cards, got ${check.cards.length}`);

  let sink = 0;
  for (let i = 0; i < WARMUP; i++) {
    sink += decodePayload(input).cards.length;
    sink += (JSON.parse(body.toString('utf8')) as { entry: unknown[] }).entry.length;
  }
  const decodeTimes: number[] = [];
  const parseTimes: number[] = [];
  // Interleaved so both see the same machine state (GC, frequency scaling).
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    sink += (JSON.parse(body.toString('utf8')) as { entry: unknown[] }).entry.length;
    parseTimes.push(performance.now() - t);
    t = performance.now();
    sink += decodePayload(input).cards.length;
    decodeTimes.push(performance.now() - t);
  }
  decodeTimes.sort((a, b) => a - b);
  parseTimes.sort((a, b) => a - b);
  const decodeMedian = quantile(decodeTimes, 0.5);
  const decodeP95 = quantile(decodeTimes, 0.95);
  const parseMedian = quantile(parseTimes, 0.5);
  const parseP95 = quantile(parseTimes, 0.95);
  const fmt = (ms: number): string => `${(ms * 1000).toFixed(1)} µs`;

  console.log(
    `decoders.bench: WhatsApp Cloud batch of ${MESSAGES} messages, ${body.length} bytes, ${RUNS} runs (after ${WARMUP} warm-up)`,
  );
  console.log(`  baseline JSON.parse   median ${fmt(parseMedian)}  p95 ${fmt(parseP95)}`);
  console.log(`  decodePayload         median ${fmt(decodeMedian)}  p95 ${fmt(decodeP95)}`);
  console.log(
    `  ratio decode/parse    median ${(decodeMedian / parseMedian).toFixed(1)}×  p95 ${(decodeP95 / parseP95).toFixed(1)}×`,
  );
  console.log(
    `  target median < ${TARGET_MS} ms: ${decodeMedian < TARGET_MS ? 'met' : 'NOT met'} (${fmt(decodeMedian)})`,
  );
  if (sink < 0) console.log(sink); // keeps the work observable to the optimiser
}

main();
