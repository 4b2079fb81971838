// Test vectors the providers publish in their own documentation or official SDK test suites,
// verified as captured deliveries. Each cites where it comes from; the values are copied from
// there, not computed here.
import { describe, expect, it } from 'vitest';
import { analyseSignature, type AnalysisRequest } from '../../../src-main/core/signatures';

const request = (headers: [string, string][], body: string): AnalysisRequest => ({
  method: 'POST',
  url: 'https://hooks.example.test/in',
  path: '/in',
  headers,
  body: Buffer.from(body),
  receivedAtUnix: 1_750_000_000,
  nowUnix: 1_750_000_000,
});
const stored = (provider: string, value: string) => (p: string) =>
  p === provider ? [{ label: 'published', value }] : [];

describe('CircleCI (circleci.com/docs/guides/integration/outbound-webhooks, "Validate outbound webhooks")', () => {
  // The table of example signatures and the Python example's `foo` / `secret` pair.
  it.each([
    ['hello world', 'secret', '734cc62f32841568f45715aeb9f4d7891324e6d948e4c6c60c0621cdac48623a'],
    ['lalala', 'another-secret', 'daa220016c8f29a8b214fbfc3671aeec2145cfb1e6790184ffb38b6d0425fa00'],
    [
      'an-important-request-payload',
      'hunter123',
      '9be2242094a9a8c00c64306f382a7f9d691de910b4a266f67bd314ef18ac49fa',
    ],
    ['foo', 'secret', '773ba44693c7553d6ee20f61ea5d2757a9a4f4a44d2841ae4e95b52e4cd62db4'],
  ])('body %j with secret %j verifies', (body, secret, signature) => {
    const r = analyseSignature(
      request([['circleci-signature', `v1=${signature}`]], body),
      stored('circleci', secret),
    );
    expect(r).toMatchObject({ provider: 'circleci', verdict: 'pass' });
  });

  it('the documented invalid signature fails', () => {
    const r = analyseSignature(
      request([['circleci-signature', 'v1=not-a-valid-signature']], 'foo'),
      stored('circleci', 'secret'),
    );
    expect(r.verdict).toBe('fail');
  });
});

describe('Pusher Channels (pusher-http-node tests/integration/webhook.js, WebHook#isValid)', () => {
  const body = JSON.stringify({
    time_ms: 1403175510755,
    events: [{ channel: 'test_channel', name: 'channel_vacated' }],
  });
  const headers = (signature: string): [string, string][] => [
    ['Content-Type', 'application/json'],
    ['X-Pusher-Key', '123456789'],
    ['X-Pusher-Signature', signature],
  ];

  it('the SDK’s valid webhook (app secret "tofu") verifies', () => {
    const r = analyseSignature(
      request(headers('c17257e92037cd7de407ebc1ed174ceb7b2e518db127f44411b9ffc4f5b28cc5'), body),
      stored('pusher', 'tofu'),
    );
    expect(r).toMatchObject({ provider: 'pusher', verdict: 'pass' });
  });

  it('the SDK’s "incorrect signature" case fails', () => {
    const r = analyseSignature(request(headers('000'), body), stored('pusher', 'tofu'));
    expect(r.verdict).toBe('fail');
  });
});

describe('Worldline / Ingenico Connect (connect-sdk-php tests/Ingenico/Connect/Sdk/Webhooks/WebhooksHelperTest.php)', () => {
  // The SDK's VALID_BODY, with LF line endings and no trailing newline, as its test normalises it.
  const validBody = [
    '{',
    '  "apiVersion": "v1",',
    '  "id": "8ee793f6-4553-4749-85dc-f2ef095c5ab0",',
    '  "created": "2017-02-02T11:24:14.040+0100",',
    '  "merchantId": "20000",',
    '  "type": "payment.paid",',
    '  "payment": {',
    '    "id": "00000200000143570012",',
    '    "paymentOutput": {',
    '      "amountOfMoney": {',
    '        "amount": 1000,',
    '        "currencyCode": "EUR"',
    '      },',
    '      "references": {',
    '        "paymentReference": "200001681810"',
    '      },',
    '      "paymentMethod": "bankTransfer",',
    '      "bankTransferPaymentMethodSpecificOutput": {',
    '        "paymentProductId": 11',
    '      }',
    '    },',
    '    "status": "PAID",',
    '    "statusOutput": {',
    '      "isCancellable": false,',
    '      "statusCategory": "COMPLETED",',
    '      "statusCode": 1000,',
    '      "statusCodeChangeDateTime": "20170202112414",',
    '      "isAuthorized": true',
    '    }',
    '  }',
    '}',
  ].join('\n');
  const headers: [string, string][] = [
    ['Content-Type', 'application/json'],
    ['X-GCS-Signature', '2S7doBj/GnJnacIjSJzr5fxGM5xmfQyFAwxv1I53ZEk='],
    ['X-GCS-KeyId', 'dummy-key-id'],
  ];

  it('the SDK’s valid body verifies with secret key "hello+world"', () => {
    const r = analyseSignature(request(headers, validBody), stored('worldline', 'hello+world'));
    expect(r).toMatchObject({ provider: 'worldline', verdict: 'pass' });
  });

  it('the SDK’s invalid body (created one minute later) fails', () => {
    const invalid = validBody
      .replace('11:24:14.040', '11:25:14.040')
      .replace('20170202112414', '20170202112514');
    expect(analyseSignature(request(headers, invalid), stored('worldline', 'hello+world')).verdict).toBe(
      'fail',
    );
  });

  it('the SDK’s invalid secret key ("1" + key) fails', () => {
    expect(analyseSignature(request(headers, validBody), stored('worldline', '1hello+world')).verdict).toBe(
      'fail',
    );
  });
});
