// GitHub: the same X-Hub-Signature-256 wire format as Meta, told apart by X-GitHub-Event / the Hookshot user agent.
import type { ProviderDefinition } from '../types';
import { hubSignatureSigner } from '../hub-signature/sign';
import { githubTemplates } from './templates';
import { detectGithub, githubVerification } from '../hub-signature/verify';

export const github: ProviderDefinition = {
  id: 'github',
  name: 'GitHub',
  reference: null,
  secretKind: 'shared-secret',
  secretHint: 'Webhook settings › Secret.',
  detect: detectGithub,
  verification: githubVerification,
  receiverHandshake: null,
  resign: { signer: hubSignatureSigner },
  compose: { templates: githubTemplates },
  payloadFamilies: ['github-event'],
};
