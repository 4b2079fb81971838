// Tokens compared for equality (GitLab, Okta): a stored token that does not match never appears in
// the report — not as "computed", not in the diagnosis — and a match is reported without echoing it.
import { describe, expect, it } from 'vitest';
import { analyseSignature } from '../../../src-main/core/signatures';

const STORED = 'gitlab-stored-token-9f2c41d7';
const report = (received: string) =>
  analyseSignature(
    {
      method: 'POST',
      url: 'https://hooks.example.test/gitlab',
      path: '/gitlab',
      headers: [
        ['X-Gitlab-Event', 'Push Hook'],
        ['X-Gitlab-Token', received],
      ],
      body: Buffer.from('{"object_kind":"push"}'),
      receivedAtUnix: 1_750_000_000,
      nowUnix: 1_750_000_000,
    },
    (p) => (p === 'gitlab' ? [{ label: 'project hook', value: STORED }] : []),
  );

describe('token providers', () => {
  it('a wrong token fails without the stored token anywhere in the report', () => {
    const r = report('someone-elses-token');
    expect(r).toMatchObject({ provider: 'gitlab', verdict: 'fail', computed: null });
    expect(r.scheme?.algorithm).toBe('token equality');
    expect(JSON.stringify(r)).not.toContain(STORED);
  });

  it('the right token passes and "computed" names the stored token instead of showing it', () => {
    const r = report(STORED);
    expect(r).toMatchObject({
      verdict: 'pass',
      matchedSecret: 'project hook',
      computed: '(the stored token)',
    });
  });
});
