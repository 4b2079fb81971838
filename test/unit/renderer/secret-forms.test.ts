// The forms that take a secret refuse what the API refuses, with its words, and never alter the
// secret itself.
import { describe, expect, it } from 'vitest';
import { putSecretInput } from '@shared/signature-types';
import { schemeFinderForm, schemePrefixForm } from '../../../src-renderer/src/model/secret-forms';

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('add a secret (putSecret input)', () => {
  it('asks for a label and a secret, in words a user reads', () => {
    expect(messages(putSecretInput.safeParse({ provider: 'stripe', label: '  ', secret: '' }))).toEqual({
      label: 'Give it a label, e.g. "production"',
      secret: 'Paste the secret (or public key) first',
    });
  });

  it('trims the label but keeps the secret byte for byte', () => {
    expect(putSecretInput.parse({ provider: 'stripe', label: ' prod ', secret: ' whsec_x ' })).toEqual({
      provider: 'stripe',
      label: 'prod',
      secret: ' whsec_x ',
    });
  });
});

describe('scheme finder', () => {
  it('refuses an empty secret and keeps a pasted one as is', () => {
    expect(messages(schemeFinderForm.safeParse({ secret: '' }))).toEqual({
      secret: 'Paste the secret (or public key) first',
    });
    expect(schemeFinderForm.parse({ secret: ' s3cret\n' })).toEqual({ secret: ' s3cret\n' });
  });

  it('saves the scheme for a path prefix the settings accept', () => {
    expect(schemePrefixForm.parse({ prefix: ' /hooks/acme ' })).toEqual({ prefix: '/hooks/acme' });
    expect(messages(schemePrefixForm.safeParse({ prefix: 'hooks' }))).toEqual({
      prefix: 'A path starting with /',
    });
  });
});
