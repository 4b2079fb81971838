// Deliveries for the providers the HMAC mix cannot build (Hookscope holds no re-signer for them
// because only the sender has the key, or the signature lives in the body): each signed here with
// node:crypto the way the provider documents it, plus the two providers that sign nothing. Bodies
// are padded to about 64 KB where the scheme allows, so the verification figure covers RSA, ECDSA,
// Ed25519 and JWT over the same size as the HMAC providers.
import { createHash, createHmac, createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';

export interface SignedDelivery {
  provider: string;
  secret: string;
  headers: [string, string][];
  body: Buffer;
}

const json = (o: unknown) => Buffer.from(JSON.stringify(o));

export function keyAndBodySignedDeliveries(nowUnix: number, padding: string): SignedDelivery[] {
  const out: SignedDelivery[] = [];

  // Linear: HMAC-SHA256 hex of the body, whose webhookTimestamp (ms) is the clock.
  {
    const secret = 'lin_wh_bench_secret';
    const body = json({
      action: 'create',
      type: 'Issue',
      data: { id: 'x', padding },
      webhookTimestamp: nowUnix * 1000,
    });
    out.push({
      provider: 'linear',
      secret,
      body,
      headers: [
        ['Content-Type', 'application/json'],
        ['Linear-Delivery', 'd1'],
        ['Linear-Signature', createHmac('sha256', secret).update(body).digest('hex')],
      ],
    });
  }

  // Discord: Ed25519 over timestamp + body; the user stores the application's public key (hex).
  {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const publicHex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
    const ts = String(nowUnix);
    const body = json({ type: 2, data: { name: 'hello', padding } });
    out.push({
      provider: 'discord',
      secret: publicHex,
      body,
      headers: [
        ['Content-Type', 'application/json'],
        [
          'X-Signature-Ed25519',
          sign(null, Buffer.concat([Buffer.from(ts), body]), privateKey).toString('hex'),
        ],
        ['X-Signature-Timestamp', ts],
      ],
    });
  }

  // SendGrid Event Webhook: ECDSA P-256 (DER, base64) over timestamp + body; the verification key
  // is the SPKI public key in base64.
  {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const ts = String(nowUnix);
    const body = json([{ email: 'a@example.test', event: 'delivered', sg_message_id: 'm1', padding }]);
    out.push({
      provider: 'sendgrid',
      secret: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
      body,
      headers: [
        ['Content-Type', 'application/json'],
        [
          'X-Twilio-Email-Event-Webhook-Signature',
          sign('sha256', Buffer.concat([Buffer.from(ts), body]), privateKey).toString('base64'),
        ],
        ['X-Twilio-Email-Event-Webhook-Timestamp', ts],
      ],
    });
  }

  // Plaid: an ES256 JWT whose claims carry the body's SHA-256; the user pastes the public JWK.
  {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const kid = '6c5516e1-92dc-479e-a8ff-5a51992e0001';
    const jwk = { ...publicKey.export({ format: 'jwk' }), alg: 'ES256', kid, use: 'sig' };
    const body = json({
      environment: 'sandbox',
      webhook_code: 'SYNC_UPDATES_AVAILABLE',
      webhook_type: 'TRANSACTIONS',
      padding,
    });
    const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const claims = { iat: nowUnix, request_body_sha256: createHash('sha256').update(body).digest('hex') };
    const input = `${b64url({ alg: 'ES256', kid, typ: 'JWT' })}.${b64url(claims)}`;
    const sig = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
    out.push({
      provider: 'plaid',
      secret: JSON.stringify(jwk),
      body,
      headers: [
        ['Content-Type', 'application/json'],
        ['Plaid-Verification', `${input}.${sig.toString('base64url')}`],
      ],
    });
  }

  // PayPal: SHA256withRSA over id|time|webhook id|crc32(body), checked offline with the webhook id
  // and the certificate pasted (the test certificate of the unit tests).
  {
    const fixture = (name: string) =>
      readFileSync(new URL(`../../fixtures/paypal/${name}`, import.meta.url), 'utf8');
    const webhookId = '8PT597110X687430LKGECATA';
    const id = '69cd13f0-d67a-11e5-baa3-778b53f4ae55';
    const time = new Date(nowUnix * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
    const body = json({
      id: 'WH-2WR32451HC0233532-67976317FL4543714',
      event_type: 'PAYMENT.CAPTURE.COMPLETED',
      padding,
    });
    const signature = sign(
      'sha256',
      Buffer.from(`${id}|${time}|${webhookId}|${crc32(body)}`),
      createPrivateKey(fixture('test-signing-key.pem')),
    ).toString('base64');
    out.push({
      provider: 'paypal',
      secret: `${webhookId}\n${fixture('test-signing-cert.pem')}`,
      body,
      headers: [
        ['Content-Type', 'application/json'],
        ['PAYPAL-TRANSMISSION-ID', id],
        ['PAYPAL-TRANSMISSION-TIME', time],
        ['PAYPAL-TRANSMISSION-SIG', signature],
        ['PAYPAL-CERT-URL', 'https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-a5cafa77'],
        ['PAYPAL-AUTH-ALGO', 'SHA256withRSA'],
      ],
    });
  }

  // AWS SNS: RSA SHA256 (SignatureVersion 2) over the documented string to sign; the user pastes
  // the signing certificate's public key.
  {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const base = {
      Type: 'Notification',
      MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324',
      TopicArn: 'arn:aws:sns:us-west-2:123456789012:MyTopic',
      Subject: 'Bench',
      Message: padding,
      Timestamp: new Date(nowUnix * 1000).toISOString(),
      SignatureVersion: '2',
      SigningCertURL:
        'https://sns.us-west-2.amazonaws.com/SimpleNotificationService-f3ecfb7224c7233fe7bb5f59f96de52f.pem',
      UnsubscribeURL: 'https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe',
    };
    const toSign = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type']
      .map((k) => `${k}\n${base[k as keyof typeof base]}\n`)
      .join('');
    const body = json({
      ...base,
      Signature: sign('sha256', Buffer.from(toSign), privateKey).toString('base64'),
    });
    out.push({
      provider: 'aws-sns',
      secret: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      body,
      headers: [
        ['Content-Type', 'text/plain; charset=UTF-8'],
        ['x-amz-sns-message-type', 'Notification'],
      ],
    });
  }

  // Adyen: HMAC-SHA256 (hex-decoded key, base64) over the item's documented fields, in the body.
  {
    const key = '44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056';
    const item = {
      amount: { value: 1130, currency: 'EUR' },
      pspReference: '7914073381342284',
      eventCode: 'AUTHORISATION',
      eventDate: '2019-05-06T17:15:34.121+02:00',
      merchantAccountCode: 'TestMerchant',
      merchantReference: 'TestPayment-1407325143704',
      paymentMethod: 'visa',
      success: 'true',
      reason: padding,
    };
    const signed = [
      item.pspReference,
      '',
      item.merchantAccountCode,
      item.merchantReference,
      item.amount.value,
      item.amount.currency,
      item.eventCode,
      item.success,
    ].join(':');
    const hmacSignature = createHmac('sha256', Buffer.from(key, 'hex')).update(signed).digest('base64');
    out.push({
      provider: 'adyen',
      secret: key,
      body: json({
        live: 'false',
        notificationItems: [{ NotificationRequestItem: { additionalData: { hmacSignature }, ...item } }],
      }),
      headers: [['Content-Type', 'application/json']],
    });
  }

  // Braintree: a form with bt_payload and "<public key>|HMAC-SHA1 keyed with SHA-1(private key)".
  {
    const privateKey = 'bench_private_key';
    const payload =
      Buffer.from(`<notification><kind>check</kind><note>${padding}</note></notification>`).toString(
        'base64',
      ) + '\n';
    const digest = createHmac('sha1', createHash('sha1').update(privateKey).digest())
      .update(payload)
      .digest('hex');
    out.push({
      provider: 'braintree',
      secret: privateKey,
      body: Buffer.from(
        new URLSearchParams({ bt_signature: `bench_public_key|${digest}`, bt_payload: payload }).toString(),
      ),
      headers: [['Content-Type', 'application/x-www-form-urlencoded']],
    });
  }

  // Postmark and Supabase database webhooks sign nothing: recognised from the body alone.
  out.push({
    provider: 'postmark',
    secret: '',
    body: json({
      RecordType: 'Delivery',
      ServerID: 23,
      MessageStream: 'outbound',
      MessageID: '00000000-0000-0000-0000-000000000000',
      Recipient: 'john@example.com',
      DeliveredAt: '2025-06-15T15:06:40Z',
      Details: padding,
    }),
    headers: [['Content-Type', 'application/json']],
  });
  out.push({
    provider: 'supabase',
    secret: '',
    body: json({
      type: 'INSERT',
      table: 'profiles',
      record: { id: 1, username: 'ana', bio: padding },
      schema: 'public',
      old_record: null,
    }),
    headers: [['Content-Type', 'application/json']],
  });
  return out;
}
