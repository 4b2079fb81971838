// An Adyen Balance Platform balanceAccountHolder.updated webhook, as it is delivered.
import { isoAt, sampleEvent } from '../kit/sample-event';

export const adyenPlatformTemplates = [
  sampleEvent({
    id: 'adyen-platform-accountholder-updated',
    provider: 'adyen-platform',
    name: 'Adyen Balance Platform: accountHolder.updated',
    description: 'The capabilities of an account holder changed.',
    path: '/webhooks/adyen-platform',
    headers: () => [['Protocol', 'HmacSHA256']],
    body: (ctx) => ({
      data: {
        balancePlatform: 'YOUR_BALANCE_PLATFORM',
        accountHolder: {
          id: `AH${ctx.hex(8).toUpperCase()}`,
          status: 'active',
          legalEntityId: `LE${ctx.hex(8).toUpperCase()}`,
        },
      },
      environment: 'test',
      timestamp: isoAt(ctx.nowUnix),
      type: 'balancePlatform.accountHolder.updated',
    }),
  }),
];
