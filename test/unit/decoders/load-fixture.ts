// Loads a payload fixture as the decoder receives it: raw bytes plus the content type the
// provider would send (JSON for .json, form-encoded for Twilio's .form).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Card } from '@shared/cards';
import { decodePayload, type DecodeInput, type DecodeResult } from '../../../src-main/core/decoders/payloads';

const FIXTURES = fileURLToPath(new URL('../../fixtures/payloads/', import.meta.url));

export function fixtureBytes(name: string): Buffer {
  return readFileSync(`${FIXTURES}${name}`);
}

export function fixtureInput(name: string, overrides: Partial<DecodeInput> = {}): DecodeInput {
  const contentType = name.endsWith('.form') ? 'application/x-www-form-urlencoded' : 'application/json';
  return {
    headers: [['Content-Type', contentType]],
    body: fixtureBytes(name),
    contentType,
    path: '/webhook',
    ...overrides,
  };
}

export function decodeFixture(name: string, overrides: Partial<DecodeInput> = {}): DecodeResult {
  return decodePayload(fixtureInput(name, overrides));
}

export function jsonInput(value: unknown, headers: [string, string][] = []): DecodeInput {
  return {
    headers,
    body: Buffer.from(JSON.stringify(value)),
    contentType: 'application/json',
    path: '/webhook',
  };
}

/** The fields a user sees on a card, for compact assertions. */
export function seen(
  card: Card | undefined,
): Pick<Card, 'kind' | 'type' | 'from' | 'fromName' | 'to' | 'id' | 'timestamp' | 'summary'> {
  if (!card) throw new Error('expected a card');
  const { kind, type, from, fromName, to, id, timestamp, summary } = card;
  return { kind, type, from, fromName, to, id, timestamp, summary };
}

export function cardById(result: DecodeResult, id: string): Card {
  const card = result.cards.find((c) => c.id === id);
  if (!card) throw new Error(`no card with id ${id}`);
  return card;
}
