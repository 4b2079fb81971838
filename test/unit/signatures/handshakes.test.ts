// Handshakes: what the endpoint must answer, and (for signed ones) whether the signature holds.
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyseSignature } from '../../../src-main/core/signatures';
import { NOW, hmac, noSecrets, request, secretsOf } from './helpers';

describe('handshakes', () => {
  it('Meta GET hub.mode=subscribe: echo the challenge, check the verify token', () => {
    const path = '/webhook?hub.mode=subscribe&hub.verify_token=tok-123&hub.challenge=1158201444';
    const ok = analyseSignature(
      request({ method: 'GET', path, headers: [], verifyToken: 'tok-123' }),
      noSecrets,
    );
    expect(ok.provider).toBe('meta');
    expect(ok.verdict).toBe('handshake');
    expect(ok.handshake).toMatchObject({
      kind: 'meta-subscribe',
      verifyTokenMatches: true,
      expectedResponse: { status: 200, contentType: 'text/plain', body: '1158201444' },
    });
    const wrong = analyseSignature(
      request({ method: 'GET', path, headers: [], verifyToken: 'other' }),
      noSecrets,
    );
    expect(wrong.handshake).toMatchObject({ verifyTokenMatches: false, expectedResponse: { status: 403 } });
  });

  it('Slack url_verification', () => {
    const body = Buffer.from(
      '{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}',
    );
    const ts = String(NOW);
    const r = analyseSignature(
      request({
        headers: [
          ['X-Slack-Request-Timestamp', ts],
          [
            'X-Slack-Signature',
            `v0=${hmac('sha256', 'slack-signing', `v0:${ts}:${body.toString()}`, 'hex')}`,
          ],
        ],
        body,
      }),
      secretsOf({ slack: ['slack-signing'] }),
    );
    expect(r.verdict).toBe('handshake');
    expect(r.handshake?.kind).toBe('slack-url-verification');
    expect(r.handshake?.expectedResponse?.body).toBe('3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P');
    expect(r.matchedSecret).toBe('slack #1');
  });

  it('Zoom endpoint.url_validation: computes the expected encryptedToken', () => {
    const body = Buffer.from(
      '{"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event_ts":1654503849680,"event":"endpoint.url_validation"}',
    );
    const ts = String(NOW);
    const secret = 'zoom-secret-token';
    const r = analyseSignature(
      request({
        headers: [
          ['x-zm-request-timestamp', ts],
          ['x-zm-signature', `v0=${hmac('sha256', secret, `v0:${ts}:${body.toString()}`, 'hex')}`],
        ],
        body,
      }),
      secretsOf({ zoom: [secret] }),
    );
    expect(r.verdict).toBe('handshake');
    const expected = createHmac('sha256', secret).update('qgg8vlvZRS6UYooatFL8Aw').digest('hex');
    expect(JSON.parse(r.handshake?.expectedResponse?.body ?? '{}')).toEqual({
      plainToken: 'qgg8vlvZRS6UYooatFL8Aw',
      encryptedToken: expected,
    });
  });

  it('Discord PING: valid signature → ping, invalid → a failure that must be answered 401', () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const publicHex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
    const ts = String(NOW);
    const body = '{"type":1}';
    const good = sign(null, Buffer.from(ts + body), privateKey).toString('hex');
    const ping = analyseSignature(
      request({
        headers: [
          ['X-Signature-Ed25519', good],
          ['X-Signature-Timestamp', ts],
        ],
        body: Buffer.from(body),
      }),
      secretsOf({ discord: [publicHex] }),
    );
    expect(ping.verdict).toBe('handshake');
    expect(ping.handshake?.kind).toBe('discord-ping');
    expect(ping.handshake?.expectedResponse?.body).toBe('{"type":1}');
    const probe = analyseSignature(
      request({
        headers: [
          ['X-Signature-Ed25519', '00'.repeat(64)],
          ['X-Signature-Timestamp', ts],
        ],
        body: Buffer.from(body),
      }),
      secretsOf({ discord: [publicHex] }),
    );
    expect(probe.verdict).toBe('fail');
    expect(probe.handshake).toMatchObject({ kind: 'discord-probe', expectedResponse: { status: 401 } });
  });
});
