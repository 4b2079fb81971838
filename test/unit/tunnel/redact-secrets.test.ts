import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../src-main/core/tunnel/redact-secrets';

describe('redactSecrets', () => {
  it('removes every occurrence of each known secret', () => {
    expect(redactSecrets('a SECRET1 b SECRET1 c OTHER22', ['SECRET1', 'OTHER22'])).toBe(
      'a [redacted] b [redacted] c [redacted]',
    );
  });

  it('removes a token ngrok labels, even an unknown one', () => {
    expect(redactSecrets('Your authtoken: abc123XYZ\nmore', [])).toBe('Your authtoken: [redacted]\nmore');
    expect(redactSecrets('authtoken="q1w2e3r4"', [])).toBe('authtoken="[redacted]"');
  });

  it('leaves ordinary prose about authtokens alone', () => {
    const advice = 'Copy the authtoken from dashboard.ngrok.com → Your Authtoken and paste it again.';
    expect(redactSecrets(advice, [])).toBe(advice);
  });

  it('ignores secrets too short to be tokens (they would shred ordinary words)', () => {
    expect(redactSecrets('a b c', ['a', ''])).toBe('a b c');
  });
});
