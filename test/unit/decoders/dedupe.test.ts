import { describe, expect, it } from 'vitest';
import { decodePayload } from '../../../src-main/core/decoders/payloads';
import { decodeFixture, fixtureBytes, jsonInput } from './load-fixture';

describe('redelivery keys', () => {
  it('are stable: the same bytes give the same keys', () => {
    expect(decodeFixture('wa-batch-mixed.json').dedupeKeys).toEqual(
      decodeFixture('wa-batch-mixed.json').dedupeKeys,
    );
  });

  it('a Meta retry with the same wamid shares the message key even if other bytes differ', () => {
    const first = decodeFixture('wa-text.json');
    const retried = JSON.parse(fixtureBytes('wa-text.json').toString('utf8')) as { entry: [{ id: string }] };
    retried.entry[0].id = 'different-envelope';
    const second = decodePayload(jsonInput(retried));
    expect(second.dedupeKeys.filter((key) => first.dedupeKeys.includes(key))).toEqual([first.dedupeKeys[0]]);
  });

  it('statuses of the same message with different states do not collide; keys never depend on timestamps for messages', () => {
    const keys = decodeFixture('wa-statuses.json').dedupeKeys;
    expect(keys.filter((key) => key.startsWith('whatsapp:status:wamid.OUTBOUND001:'))).toEqual([
      'whatsapp:status:wamid.OUTBOUND001:sent',
      'whatsapp:status:wamid.OUTBOUND001:delivered',
      'whatsapp:status:wamid.OUTBOUND001:read',
    ]);
  });

  it('are namespaced per decoder, so ids from different providers cannot collide', () => {
    const all = [
      'wa-text.json',
      'wasphere-real-text.json',
      'twilio-inbound-text.form',
      'messenger-message.json',
      'instagram-message.json',
      'socialhook-whatsapp.json',
    ].flatMap((name) => decodeFixture(name).dedupeKeys);
    const prefixes = new Set(all.map((key) => key.split(':')[0]));
    expect(prefixes).toEqual(
      new Set(['whatsapp', 'wasphere', 'twilio', 'messenger', 'instagram', 'socialhook']),
    );
  });

  it('a WaSphere retry repeats its deliveryId', () => {
    expect(decodeFixture('wasphere-seed-message.json').dedupeKeys).toContain('wasphere:delivery:test');
  });
});
