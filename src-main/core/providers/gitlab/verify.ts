// GitLab: no signature; `X-Gitlab-Token` carries the secret token configured on the webhook, which
// the receiver compares for equality (docs.gitlab.com › Webhooks › Validate requests with a secret
// token). Deliveries name their event in X-Gitlab-Event.
import { bareEntry, contextFor } from '../../signatures/provider-kit';
import type { ReadResult, RequestView, SignatureVerification } from '../../signatures/types';
import { tokenEqualityScheme } from '../kit/check-schemes';

const TOKEN = 'x-gitlab-token';

function read(view: RequestView): ReadResult {
  const value = view.headers.get(TOKEN);
  if (value === null) {
    return {
      kind: 'missing',
      headersTried: ['X-Gitlab-Token'],
      warnings: ['GitLab sends X-Gitlab-Token only when the webhook has a secret token configured.'],
    };
  }
  return {
    kind: 'signature',
    header: view.headers.nameOf(TOKEN) ?? 'X-Gitlab-Token',
    received: value,
    entries: bareEntry(value),
    scheme: tokenEqualityScheme,
    format: { id: 'gitlab', label: 'GitLab: X-Gitlab-Token compared with the secret token' },
    contexts: [contextFor(view)],
    timestamp: null,
    formatComputed: () => '(the stored token)',
    warnings: [],
  };
}

export const detectGitlab = (view: RequestView): number =>
  view.headers.has('x-gitlab-event') || view.headers.has(TOKEN) ? 95 : 0;

export const gitlabVerification: SignatureVerification = { read };
