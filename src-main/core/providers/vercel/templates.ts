// A Vercel deployment that finished, as its webhook delivers it.
import { sampleEvent } from '../kit/sample-event';

export const vercelTemplates = [
  sampleEvent({
    id: 'vercel-deployment-succeeded',
    provider: 'vercel',
    name: 'Vercel: deployment.succeeded',
    description: 'A production deployment finished.',
    path: '/webhooks/vercel',
    body: (ctx) => ({
      id: `evt_${ctx.hex(12)}`,
      type: 'deployment.succeeded',
      createdAt: ctx.nowUnix * 1000,
      region: 'iad1',
      payload: {
        team: { id: `team_${ctx.hex(12)}` },
        user: { id: ctx.hex(12) },
        deployment: { id: `dpl_${ctx.hex(12)}`, name: 'my-app', url: `my-app-${ctx.hex(4)}.vercel.app` },
        project: { id: `prj_${ctx.hex(12)}` },
        target: 'production',
        plan: 'pro',
      },
    }),
  }),
];
