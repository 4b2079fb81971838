// Providers whose signature travels in the body (Adyen, Braintree), needs a certificate (AWS SNS) or
// does not exist (Postmark, Supabase): signed here with node:crypto as each documents it, never
// with Hookscope's verifier.
import { createHash, createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyseSignature, type AnalysisRequest } from '../../../src-main/core/signatures';

const NOW = 1_750_000_000;
const req = (headers: [string, string][], body: string | Buffer): AnalysisRequest => ({
  method: 'POST',
  url: 'https://hooks.example.test/in',
  path: '/in',
  headers,
  body: Buffer.isBuffer(body) ? body : Buffer.from(body),
  receivedAtUnix: NOW,
  nowUnix: NOW,
});
const secretsOf = (provider: string, value: string) => (id: string) =>
  id === provider ? [{ label: 'main', value }] : [];

describe('Adyen payment webhooks (signature in the body, hex-decoded key)', () => {
  // Published example: docs.adyen.com/development-resources/webhooks/verify-hmac-signatures (also
  // the fixture of Adyen's own libraries, e.g. adyen-ruby-api-library spec/hmac_validator_spec.rb).
  const KEY = '44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056';
  const item = (
    over: Record<string, unknown> = {},
    signature = 'coqCmt/IZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU+iCWo0=',
  ) =>
    JSON.stringify({
      live: 'false',
      notificationItems: [
        {
          NotificationRequestItem: {
            additionalData: { hmacSignature: signature },
            amount: { value: 1130, currency: 'EUR' },
            pspReference: '7914073381342284',
            eventCode: 'AUTHORISATION',
            eventDate: '2019-05-06T17:15:34.121+02:00',
            merchantAccountCode: 'TestMerchant',
            operations: ['CANCEL', 'CAPTURE', 'REFUND'],
            merchantReference: 'TestPayment-1407325143704',
            paymentMethod: 'visa',
            success: 'true',
            ...over,
          },
        },
      ],
    });
  const headers: [string, string][] = [['Content-Type', 'application/json']];

  it('verifies Adyen’s published example', () => {
    const r = analyseSignature(req(headers, item()), secretsOf('adyen', KEY));
    expect(r).toMatchObject({ provider: 'adyen', verdict: 'pass', format: { id: 'adyen' } });
    // The data to sign as Adyen's documentation spells it (empty originalReference → "::").
    expect(r.signedContent?.preview).toBe(
      '7914073381342284::TestMerchant:TestPayment-1407325143704:1130:EUR:AUTHORISATION:true',
    );
  });

  it('an own delivery signed over the colon-joined fields passes; a changed amount fails', () => {
    const key = '00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF';
    const fields = 'PSP1:ORIG9:AcmeECOM:order-77:2500:USD:REFUND:false';
    const sig = createHmac('sha256', Buffer.from(key, 'hex')).update(fields).digest('base64');
    const body = item(
      {
        pspReference: 'PSP1',
        originalReference: 'ORIG9',
        merchantAccountCode: 'AcmeECOM',
        merchantReference: 'order-77',
        amount: { value: 2500, currency: 'USD' },
        eventCode: 'REFUND',
        success: 'false',
      },
      sig,
    );
    expect(analyseSignature(req(headers, body), secretsOf('adyen', key)).verdict).toBe('pass');
    const tampered = body.replace('"value":2500', '"value":2501');
    const r = analyseSignature(req(headers, tampered), secretsOf('adyen', key));
    expect(r.verdict).toBe('fail');
    expect(r.computed).not.toBe(r.received);
  });

  it('the key used as text instead of hex fails and the secret is named as the likely cause', () => {
    const r = analyseSignature(req(headers, item()), secretsOf('adyen', 'not-the-hmac-key-0123'));
    expect(r.verdict).toBe('fail');
    expect(r.diagnosis.map((d) => d.code)).toContain('secret-likely');
  });
});

describe('Braintree (form bt_signature / bt_payload)', () => {
  const privateKey = 'integration_private_key';
  const payload = Buffer.from('<notification><kind>check</kind></notification>').toString('base64') + '\n';
  const digest = (text: string, key = privateKey) =>
    createHmac('sha1', createHash('sha1').update(key).digest()).update(text).digest('hex');
  const form = (signature: string) =>
    new URLSearchParams({ bt_signature: signature, bt_payload: payload }).toString();
  const headers: [string, string][] = [['Content-Type', 'application/x-www-form-urlencoded']];

  it('passes when one "<public key>|<hex>" pair is HMAC-SHA1 of bt_payload keyed with SHA-1(private key)', () => {
    const body = form(`other_public|${'0'.repeat(40)}&integration_public_key|${digest(payload)}`);
    const r = analyseSignature(req(headers, body), secretsOf('braintree', privateKey));
    expect(r).toMatchObject({ provider: 'braintree', verdict: 'pass', format: { id: 'braintree' } });
  });

  it('accepts the signature over bt_payload plus a newline, as the SDKs do', () => {
    const body = form(`integration_public_key|${digest(payload + '\n')}`);
    expect(analyseSignature(req(headers, body), secretsOf('braintree', privateKey)).verdict).toBe('pass');
  });

  it('fails with the public key stored instead of the private key, showing the computed digest', () => {
    const body = form(`integration_public_key|${digest(payload)}`);
    const r = analyseSignature(req(headers, body), secretsOf('braintree', 'integration_public_key'));
    expect(r.verdict).toBe('fail');
    expect(r.computed).toBe(digest(payload, 'integration_public_key'));
  });
});

describe('AWS SNS (certificate from the network)', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const base = {
    Type: 'Notification',
    MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324',
    TopicArn: 'arn:aws:sns:us-west-2:123456789012:MyTopic',
    Subject: 'My First Message',
    Message: 'Hello world!',
    Timestamp: '2012-05-02T00:54:06.655Z',
    SignatureVersion: '2',
    SigningCertURL:
      'https://sns.us-west-2.amazonaws.com/SimpleNotificationService-f3ecfb7224c7233fe7bb5f59f96de52f.pem',
    UnsubscribeURL: 'https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe',
  };
  // The string to sign as the SNS documentation spells it out, field by field.
  const stringToSign =
    'Message\nHello world!\nMessageId\n22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324\nSubject\nMy First Message\n' +
    'Timestamp\n2012-05-02T00:54:06.655Z\nTopicArn\narn:aws:sns:us-west-2:123456789012:MyTopic\nType\nNotification\n';
  const body = JSON.stringify({
    ...base,
    Signature: sign('sha256', Buffer.from(stringToSign), privateKey).toString('base64'),
  });
  const headers: [string, string][] = [
    ['Content-Type', 'text/plain; charset=UTF-8'],
    ['x-amz-sns-message-type', 'Notification'],
  ];

  it('is unverifiable offline without a certificate, naming SigningCertURL and showing what is signed', () => {
    const r = analyseSignature(req(headers, body), () => []);
    expect(r).toMatchObject({ provider: 'aws-sns', verdict: 'unverifiable', reason: 'needs-network' });
    expect(r.warnings.join(' ')).toContain(base.SigningCertURL);
  });

  it('verifies with the pasted certificate (public key) and fails when the message changed', () => {
    expect(analyseSignature(req(headers, body), secretsOf('aws-sns', publicPem)).verdict).toBe('pass');
    const changed = body.replace('Hello world!', 'Hello world?');
    expect(analyseSignature(req(headers, changed), secretsOf('aws-sns', publicPem)).verdict).toBe('fail');
  });

  // AWS's own validator (github.com/aws/aws-js-sns-message-validator) trusts only https URLs on a
  // sns.<region>.amazonaws.com host whose path ends in .pem; a valid signature from any other
  // certificate proves nothing.
  it.each([
    ['a look-alike host', 'https://sns.us-west-2.amazonaws.com.evil.example/cert.pem'],
    ['a path that is not a .pem', 'https://sns.us-west-2.amazonaws.com/cert.txt'],
    ['plain http', 'http://sns.us-west-2.amazonaws.com/SimpleNotificationService-x.pem'],
  ])('warns not to trust a SigningCertURL on %s', (_what, certUrl) => {
    const spoofed = body.replace(base.SigningCertURL, certUrl);
    const r = analyseSignature(req(headers, spoofed), secretsOf('aws-sns', publicPem));
    expect(r.warnings.join(' ')).toMatch(/do not trust this message/);
  });

  it('raises no such warning for the genuine certificate address', () => {
    const r = analyseSignature(req(headers, body), secretsOf('aws-sns', publicPem));
    expect(r.warnings.join(' ')).not.toMatch(/do not trust/);
  });

  it('reports a SubscriptionConfirmation as a handshake pointing at SubscribeURL', () => {
    const confirm = JSON.stringify({
      ...base,
      Type: 'SubscriptionConfirmation',
      Token: '2336412f37fb687f5d51e6e241d09c8058',
      SubscribeURL: 'https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&Token=2336412f',
      Signature: 'AAAA',
    });
    const r = analyseSignature(
      req([['x-amz-sns-message-type', 'SubscriptionConfirmation']], confirm),
      () => [],
    );
    expect(r).toMatchObject({
      provider: 'aws-sns',
      verdict: 'handshake',
      handshake: { kind: 'sns-subscription' },
    });
    expect(r.handshake?.note).toContain('Action=ConfirmSubscription');
  });
});

describe('providers that do not sign', () => {
  it('Postmark: recognised and labelled "does not sign", not merely unsigned', () => {
    const body = JSON.stringify({
      RecordType: 'Delivery',
      ServerID: 23,
      MessageStream: 'outbound',
      MessageID: '00000000-0000-0000-0000-000000000000',
      Recipient: 'john@example.com',
      DeliveredAt: '2025-06-15T15:06:40Z',
    });
    const r = analyseSignature(req([['Content-Type', 'application/json']], body), () => []);
    expect(r).toMatchObject({ provider: 'postmark', verdict: 'unsigned', reason: 'provider-does-not-sign' });
    expect(r.summary).toBe('Postmark does not sign its webhooks.');
  });

  it('Supabase database webhooks: recognised and labelled "does not sign"', () => {
    const body = JSON.stringify({
      type: 'INSERT',
      table: 'profiles',
      record: { id: 1, username: 'ana' },
      schema: 'public',
      old_record: null,
    });
    const r = analyseSignature(req([['Content-Type', 'application/json']], body), () => []);
    expect(r).toMatchObject({ provider: 'supabase', verdict: 'unsigned', reason: 'provider-does-not-sign' });
  });

  it('Supabase: a row with a large column (its "schema" key far from the start) is still recognised', () => {
    const body = JSON.stringify({
      type: 'UPDATE',
      table: 'posts',
      record: { id: 7, content: 'word '.repeat(20_000) },
      schema: 'public',
      old_record: { id: 7, content: 'draft' },
    });
    const r = analyseSignature(req([['Content-Type', 'application/json']], body), () => []);
    expect(r).toMatchObject({ provider: 'supabase', verdict: 'unsigned', reason: 'provider-does-not-sign' });
  });
});
