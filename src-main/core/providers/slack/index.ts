// Slack: v0=<hex> over v0:<timestamp>:<body>; url_verification requests are handshakes the receiver answers.
import type { ProviderDefinition } from '../types';
import { slackReceiverHandshake } from './receiver-handshake';
import { slackSigner } from './sign';
import { detectSlack, slackVerification } from './verify';

export const slack: ProviderDefinition = {
  id: 'slack',
  name: 'Slack',
  reference: null,
  secretKind: 'shared-secret',
  secretHint: 'Signing Secret: App settings › Basic Information (not the verification token, not xoxb-).',
  detect: detectSlack,
  verification: slackVerification,
  receiverHandshake: slackReceiverHandshake,
  resign: { signer: slackSigner },
  compose: {
    noTemplates: 'No sample Slack event yet; replay a captured delivery to re-sign it.',
  },
  payloadFamilies: ['slack-event'],
};
