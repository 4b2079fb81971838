// Handshakes of the second batch of providers through the real receiver: the answer the provider
// needs goes out on the wire, and the capture is stored as a handshake of that provider.
import { createHash, createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../helpers/in-process-core';

let core: TestCore;
beforeAll(async () => {
  core = await startTestCore();
});
afterAll(() => core.dispose());

async function lastCapture() {
  const page = await core.service.call('listCaptures', { limit: 1 });
  return core.service.call('getCapture', { id: page.items[0]!.id });
}

describe('handshakes answered by the receiver (second batch)', () => {
  it('Asana: X-Hook-Secret is echoed in the response and the capture is an Asana handshake', async () => {
    const res = await fetch(`${core.receiverUrl}/in/asana`, {
      method: 'POST',
      headers: { 'X-Hook-Secret': 'b537207f20cbfa02357cf448134da559e8bd39d61597dcd5631b8012eae53e81' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-hook-secret')).toBe(
      'b537207f20cbfa02357cf448134da559e8bd39d61597dcd5631b8012eae53e81',
    );
    expect(await lastCapture()).toMatchObject({ kind: 'handshake', provider: 'asana' });
  });

  it('Notion: the verification token POST is acknowledged and stored as a Notion handshake', async () => {
    const res = await fetch(`${core.receiverUrl}/in/notion`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"verification_token":"secret_abc"}',
    });
    expect(res.status).toBe(200);
    expect(await lastCapture()).toMatchObject({ kind: 'handshake', provider: 'notion' });
  });

  it('Worldline: the endpoint verification GET gets its header value back', async () => {
    const res = await fetch(`${core.receiverUrl}/in/worldline`, {
      headers: { 'X-GCS-Webhooks-Endpoint-Verification': 'verify-me-42' },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('verify-me-42');
    expect(await lastCapture()).toMatchObject({ kind: 'handshake', provider: 'worldline' });
  });

  it('X: the CRC GET is answered with the response_token from the stored consumer secret', async () => {
    await core.service.call('putSecret', { provider: 'twitter', label: 'e2e', secret: 'x-consumer-secret' });
    const res = await fetch(`${core.receiverUrl}/in/x?crc_token=crc-e2e`);
    expect(res.status).toBe(200);
    const expected = createHmac('sha256', 'x-consumer-secret').update('crc-e2e').digest('base64');
    expect(await res.json()).toEqual({ response_token: `sha256=${expected}` });
    expect(await lastCapture()).toMatchObject({ kind: 'handshake', provider: 'twitter' });
  });
});

async function post(path: string, headers: Record<string, string>, body: string) {
  const res = await fetch(`${core.receiverUrl}${path}`, { method: 'POST', headers, body });
  expect(res.status).toBe(200);
  return lastCapture();
}

describe('signatures in the body, certificates and unsigned providers (through the receiver)', () => {
  it('Adyen: the published example passes with the stored hex key', async () => {
    await core.service.call('putSecret', {
      provider: 'adyen',
      label: 'e2e',
      secret: '44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056',
    });
    const body = JSON.stringify({
      live: 'false',
      notificationItems: [
        {
          NotificationRequestItem: {
            additionalData: { hmacSignature: 'coqCmt/IZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU+iCWo0=' },
            amount: { value: 1130, currency: 'EUR' },
            pspReference: '7914073381342284',
            eventCode: 'AUTHORISATION',
            merchantAccountCode: 'TestMerchant',
            merchantReference: 'TestPayment-1407325143704',
            success: 'true',
          },
        },
      ],
    });
    expect(await post('/in/adyen', { 'Content-Type': 'application/json' }, body)).toMatchObject({
      provider: 'adyen',
      verdict: 'pass',
    });
  });

  it('Braintree: a form notification passes with the stored private key', async () => {
    await core.service.call('putSecret', { provider: 'braintree', label: 'e2e', secret: 'bt-private' });
    const payload = Buffer.from('<notification><kind>check</kind></notification>').toString('base64');
    const sig = createHmac('sha1', createHash('sha1').update('bt-private').digest())
      .update(payload)
      .digest('hex');
    const body = new URLSearchParams({ bt_signature: `bt-public|${sig}`, bt_payload: payload }).toString();
    expect(
      await post('/in/braintree', { 'Content-Type': 'application/x-www-form-urlencoded' }, body),
    ).toMatchObject({ provider: 'braintree', verdict: 'pass' });
  });

  it('AWS SNS: unverifiable without a certificate; Postmark: stored as a provider that does not sign', async () => {
    const sns = JSON.stringify({
      Type: 'Notification',
      MessageId: 'm1',
      TopicArn: 'arn:aws:sns:us-east-1:123456789012:T',
      Message: 'hi',
      Timestamp: '2012-05-02T00:54:06.655Z',
      SignatureVersion: '1',
      Signature: 'AAAA',
      SigningCertURL: 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-x.pem',
    });
    expect(await post('/in/sns', { 'x-amz-sns-message-type': 'Notification' }, sns)).toMatchObject({
      provider: 'aws-sns',
      verdict: 'unverifiable',
    });
    const postmark = JSON.stringify({ RecordType: 'Open', MessageStream: 'outbound', Recipient: 'a@b.test' });
    const capture = await post('/in/postmark', { 'Content-Type': 'application/json' }, postmark);
    expect(capture).toMatchObject({ provider: 'postmark', verdict: 'unsigned' });
    expect(capture.signature?.reason).toBe('provider-does-not-sign');
  });
});
