// Non-messaging webhooks get a list summary and one Event card naming the key object, so a Stripe
// or GitHub row is as readable as a WhatsApp one.
import { describe, expect, it } from 'vitest';
import { decodePayload } from '../../../src-main/core/decoders/payloads';
import { decodeFixture, fixtureInput, jsonInput, seen } from './load-fixture';

describe('event summaries and cards for non-messaging senders', () => {
  it('Stripe: event type, the object, its amount in the currency’s own units, and the status', () => {
    const result = decodeFixture('stripe-payment-intent-succeeded.json', {
      headers: [['Stripe-Signature', 't=1,v1=ab']],
    });
    expect(result.decoder).toBe('stripe-event');
    expect(result.summary).toBe(
      'Stripe · payment_intent.succeeded · pi_3PqL2nJx9Zq1AbCd0ZzQ4rSt · 20.00 USD · succeeded',
    );
    expect(seen(result.cards[0])).toMatchObject({
      kind: 'event',
      type: 'payment_intent.succeeded',
      id: 'evt_3PqL2nJx9Zq1AbCd0Xy7KlMn',
      timestamp: '2024-12-04T11:40:00.000Z',
    });
    expect(result.cards[0]?.details).toMatchObject({
      object: 'payment_intent',
      customer: 'cus_QhJ8uV2mNp3Lk1',
    });
  });

  it('Stripe amounts in zero-decimal currencies are not divided by 100', () => {
    expect(decodeFixture('stripe-invoice-jpy.json').summary).toBe(
      'Stripe · invoice.finalized · in_1Qx9 · 5000 JPY · open',
    );
  });

  it('GitHub push: repository, branch, commit count and pusher (event name from the header)', () => {
    const result = decodeFixture('github-push.json', {
      headers: [
        ['X-GitHub-Event', 'push'],
        ['X-GitHub-Delivery', '72d3162e-cc78-11e3-81ab-4c9367dc0958'],
      ],
    });
    expect(result.decoder).toBe('github-event');
    expect(result.summary).toBe('GitHub · push · octocat/hello-world main · 3 commits · by octocat');
    expect(result.cards[0]).toMatchObject({
      id: '72d3162e-cc78-11e3-81ab-4c9367dc0958',
      from: 'octocat',
      details: { repository: 'octocat/hello-world', headCommit: 'Bump version' },
    });
  });

  it('GitHub pull request: action joins the event name; number and title name the object', () => {
    const result = decodeFixture('github-pull-request.json', {
      headers: [['X-GitHub-Event', 'pull_request']],
    });
    expect(result.cards[0]?.summary).toBe(
      'pull_request.opened · octocat/hello-world #42 Verify webhooks in constant time · by mona',
    );
    // The list row is cut at 80 graphemes, on a grapheme boundary.
    expect(result.summary).toMatch(
      /^GitHub · pull_request\.opened · octocat\/hello-world #42 Verify webhooks.*…$/,
    );
  });

  it('a GitHub-shaped body without the X-GitHub-Event header is not claimed', () => {
    expect(decodeFixture('github-pull-request.json').decoder).toBeNull();
  });

  it('Shopify: topic and shop from the headers, order name and total from the body', () => {
    const result = decodeFixture('shopify-order-create.json', {
      headers: [
        ['X-Shopify-Topic', 'orders/create'],
        ['X-Shopify-Shop-Domain', 'acme.myshopify.com'],
        ['X-Shopify-Webhook-Id', 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043'],
      ],
    });
    expect(result.summary).toBe('Shopify · orders/create · #1001 · 598.94 EUR · paid · acme.myshopify.com');
    expect(result.cards[0]?.timestamp).toBe('2026-12-04T15:00:00.000Z');
  });

  it('Slack Events API: the inner event type, channel and text, by user', () => {
    const result = decodeFixture('slack-event-message.json');
    expect(result.summary).toBe(
      'Slack · app_mention · C2147483705 · <@U0LAN0Z89> is it everything a river should be?',
    );
    expect(result.cards[0]).toMatchObject({ from: 'U2147483697', id: 'Ev9UQ52YNA' });
  });

  it('Slack slash command (form-encoded)', () => {
    const body = Buffer.from(
      'token=x&team_id=T0001&team_domain=acme&channel_id=C1&user_id=U1&user_name=ana&command=%2Fdeploy&text=api+to+prod&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1',
    );
    const result = decodePayload({
      headers: [],
      body,
      contentType: 'application/x-www-form-urlencoded',
      path: '/slack',
    });
    expect(result.summary).toBe('Slack · slash_command · /deploy · api to prod · acme');
  });

  it('Standard Webhooks / Svix (Clerk): type, data id, time in milliseconds', () => {
    const result = decodeFixture('svix-clerk-user-created.json', { headers: [['svix-id', 'msg_2LhP1']] });
    expect(result.decoder).toBe('standard-webhooks-event');
    expect(result.summary).toBe('Webhook · user.created · user_29w83sxmDNGwOuEthce5gg56FcC');
    expect(result.cards[0]?.timestamp).toBe('2024-12-04T11:40:00.000Z');
  });

  it('Paddle Billing: totals are minor units as strings', () => {
    expect(decodeFixture('paddle-transaction-completed.json').summary).toBe(
      'Paddle · transaction.completed · txn_01hv8wptq8987qeep44cyrewp9 · 55.00 USD · completed',
    );
  });

  it('Square: the typed object’s amount_money and status', () => {
    expect(decodeFixture('square-payment-updated.json').summary).toBe(
      'Square · payment.updated · hYy9pRFVxpDsO1FB05SunFWUe9JZY · 19.99 USD · COMPLETED',
    );
  });

  it('Linear: Type.action, identifier and title, by the actor', () => {
    const result = decodeFixture('linear-issue-create.json', { headers: [['Linear-Event', 'Issue']] });
    expect(result.summary).toBe('Linear · Issue.create · ENG-123 · Signature fails behind the tunnel');
    expect(result.cards[0]?.timestamp).toBe('2026-12-04T10:00:00.000Z');
  });

  it('Twilio call status callback: status, route and duration; each status is its own delivery', () => {
    const result = decodeFixture('twilio-call-completed.form');
    expect(result.summary).toBe(
      'Twilio · call completed · +15017122661 → +15558675310 · 42 s · outbound-api',
    );
    const ringing = decodePayload(
      fixtureInput('twilio-call-completed.form', {
        body: Buffer.from('CallSid=CA2c2a&CallStatus=ringing&From=%2B1&To=%2B2&AccountSid=AC1'),
      }),
    );
    const completed = decodePayload(
      fixtureInput('twilio-call-completed.form', {
        body: Buffer.from('CallSid=CA2c2a&CallStatus=completed&From=%2B1&To=%2B2&AccountSid=AC1'),
      }),
    );
    expect(ringing.dedupeKeys).not.toEqual(completed.dedupeKeys);
  });

  it('an unknown JSON body still has no decoder', () => {
    const result = decodePayload(jsonInput({ hello: 'world', type: 'thing' }));
    expect(result.decoder).toBeNull();
    expect(result.summary).toBeNull();
  });

  it('hostile shapes never throw: type as an object, data as an array, __proto__ keys', () => {
    for (const value of [
      { object: 'event', type: { x: 1 }, data: [] },
      {
        object: 'event',
        type: 'x',
        data: { object: { __proto__: { amount: 1 }, currency: 'usd', amount: 'NaN' } },
      },
      { event_type: 'x', event_id: 'y', data: 'str' },
      { merchant_id: 'm', type: 't', event_id: 'e', data: { type: 'constructor', object: {} } },
    ]) {
      expect(() => decodePayload(jsonInput(value, [['svix-id', '1']]))).not.toThrow();
    }
  });
});
