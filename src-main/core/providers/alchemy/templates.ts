// An Alchemy Address Activity webhook, as Notify delivers it.
import { isoAt, sampleEvent } from '../kit/sample-event';

export const alchemyTemplates = [
  sampleEvent({
    id: 'alchemy-address-activity',
    provider: 'alchemy',
    name: 'Alchemy: ADDRESS_ACTIVITY',
    description: 'A watched address received 0.5 ETH.',
    path: '/webhooks/alchemy',
    body: (ctx) => ({
      webhookId: `wh_${ctx.hex(8)}`,
      id: `whevt_${ctx.hex(8)}`,
      createdAt: isoAt(ctx.nowUnix),
      type: 'ADDRESS_ACTIVITY',
      event: {
        network: 'ETH_MAINNET',
        activity: [
          {
            fromAddress: `0x${ctx.hex(20)}`,
            toAddress: `0x${ctx.hex(20)}`,
            blockNum: '0xdf34a3',
            hash: `0x${ctx.hex(32)}`,
            value: 0.5,
            asset: 'ETH',
            category: 'external',
          },
        ],
      },
    }),
  }),
];
