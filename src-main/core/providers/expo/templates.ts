// An EAS build-finished webhook, as Expo delivers it.
import { isoAt, sampleEvent, uuidFrom } from '../kit/sample-event';

export const expoTemplates = [
  sampleEvent({
    id: 'expo-build-finished',
    provider: 'expo',
    name: 'Expo: build finished',
    description: 'An EAS Android build finished.',
    path: '/webhooks/expo',
    body: (ctx) => ({
      id: uuidFrom(ctx),
      accountName: 'dsokal',
      projectName: 'example',
      buildDetailsPageUrl: `https://expo.dev/accounts/dsokal/projects/example/builds/${uuidFrom(ctx)}`,
      appId: uuidFrom(ctx),
      platform: 'android',
      status: 'finished',
      artifacts: { buildUrl: `https://expo.dev/artifacts/eas/${ctx.hex(8)}.aab` },
      createdAt: isoAt(ctx.nowUnix - 600),
      completedAt: isoAt(ctx.nowUnix),
    }),
  }),
];
