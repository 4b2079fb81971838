import { describe, expect, it } from 'vitest';
import {
  describeKeychain,
  safeStorageCipher,
  type SafeStorageLike,
} from '../../../src-main/electron/secret-store';
import { InspectorError } from '@shared/errors';

type Backend = ReturnType<SafeStorageLike['getSelectedStorageBackend']>;

/** A reversible fake of safeStorage: "encrypts" by reversing bytes, so round trips are checkable. */
function fakeSafeStorage(available: boolean, backend: Backend = 'gnome_libsecret'): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text: string) => Buffer.from(text, 'utf8').reverse(),
    decryptString: (buffer: Buffer) => Buffer.from(buffer).reverse().toString('utf8'),
  };
}

describe('describeKeychain', () => {
  it.each([
    ['linux', true, 'gnome_libsecret', { backend: 'gnome_libsecret', encrypted: true }],
    ['linux', true, 'kwallet6', { backend: 'kwallet6', encrypted: true }],
    // No secret service: Chromium's hard-coded key. Works, but is obfuscation and must be labelled.
    ['linux', true, 'basic_text', { backend: 'basic_text', encrypted: false }],
    ['linux', false, 'unknown', { backend: 'unknown', encrypted: false }],
    ['darwin', true, 'unknown', { backend: 'keychain', encrypted: true }],
    ['darwin', false, 'unknown', { backend: 'keychain', encrypted: false }],
    ['win32', true, 'unknown', { backend: 'dpapi', encrypted: true }],
    ['freebsd', true, 'unknown', { backend: 'unknown', encrypted: false }],
  ] as const)('%s, available=%s, backend=%s', (platform, available, backend, expected) => {
    expect(describeKeychain(fakeSafeStorage(available, backend), platform)).toEqual(expected);
  });
});

describe('safeStorageCipher', () => {
  it('round-trips through safeStorage and reports a real keychain', () => {
    const cipher = safeStorageCipher(fakeSafeStorage(true, 'gnome_libsecret'), 'linux');
    const encrypted = cipher.encrypt('whsec_abc123');
    expect(encrypted.toString('utf8')).not.toContain('whsec_abc123');
    expect(cipher.decrypt(encrypted)).toBe('whsec_abc123');
    expect(cipher.isReal).toBe(true);
  });

  it('still works on basic_text but says it is not real protection', () => {
    const cipher = safeStorageCipher(fakeSafeStorage(true, 'basic_text'), 'linux');
    expect(cipher.decrypt(cipher.encrypt('token'))).toBe('token');
    expect(cipher.isReal).toBe(false);
  });

  it('refuses to store or read secrets when the OS offers no encryption at all', () => {
    const cipher = safeStorageCipher(fakeSafeStorage(false, 'unknown'), 'darwin');
    expect(cipher.isReal).toBe(false);
    expect(() => cipher.encrypt('token')).toThrow(InspectorError);
    expect(() => cipher.decrypt(Buffer.from('x'))).toThrow(expect.objectContaining({ code: 'unavailable' }));
  });
});
