// GitLab: a secret token compared for equality (no signature over the request).
import type { ProviderDefinition } from '../types';
import { detectGitlab, gitlabVerification } from './verify';

export const gitlab: ProviderDefinition = {
  id: 'gitlab',
  name: 'GitLab',
  reference:
    'https://docs.gitlab.com/ee/user/project/integrations/webhooks.html#validate-payloads-by-using-a-secret-token',
  secretKind: 'token',
  secretHint: 'Secret token: project or group › Settings › Webhooks › your webhook › Secret token.',
  detect: detectGitlab,
  verification: gitlabVerification,
  receiverHandshake: null,
  resign: {
    refusal:
      'GitLab sends the secret token itself in X-Gitlab-Token: a replay keeps the token the capture carries (Hookscope never copies a stored secret into a request it shows)',
  },
  compose: {
    noTemplates:
      'A GitLab event carries the secret token in plain text, which Hookscope does not put into composed requests; replay a captured delivery instead.',
  },
  payloadFamilies: [],
};
