// GitLab: no signature; `X-Gitlab-Token` carries the secret token configured on the webhook, which
// the receiver compares for equality (docs.gitlab.com › Webhooks › Validate requests with a secret
// token). Deliveries name their event in X-Gitlab-Event.
import type { RequestView, SignatureVerification } from '../../signatures/types';
import { tokenReading } from '../kit/token-reading';

const TOKEN = 'x-gitlab-token';

const read = tokenReading({
  id: 'gitlab',
  header: 'X-Gitlab-Token',
  label: 'GitLab: X-Gitlab-Token compared with the secret token',
  whenMissing: 'GitLab sends X-Gitlab-Token only when the webhook has a secret token configured.',
});

export const detectGitlab = (view: RequestView): number =>
  view.headers.has('x-gitlab-event') || view.headers.has(TOKEN) ? 95 : 0;

export const gitlabVerification: SignatureVerification = { read };
