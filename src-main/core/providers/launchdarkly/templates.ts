// A LaunchDarkly flag change, as its webhook delivers it.
import { sampleEvent } from '../kit/sample-event';

export const launchdarklyTemplates = [
  sampleEvent({
    id: 'launchdarkly-flag-updated',
    provider: 'launchdarkly',
    name: 'LaunchDarkly: flag turned on',
    description: 'A feature flag was turned on in production.',
    path: '/webhooks/launchdarkly',
    body: (ctx) => ({
      _id: ctx.hex(12),
      kind: 'flag',
      name: 'New checkout',
      description: 'Turned on the flag in Production',
      shortDescription: '',
      titleVerb: 'turned on the flag',
      date: ctx.nowUnix * 1000,
      accesses: [{ action: 'updateOn', resource: 'proj/default:env/production:flag/new-checkout' }],
      member: { _id: ctx.hex(12), email: 'ops@example.com', firstName: 'Ada', lastName: 'Ops' },
      currentVersion: { key: 'new-checkout', on: true },
    }),
  }),
];
