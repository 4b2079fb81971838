// Secrets (provider signing secrets, ngrok authtoken) are encrypted with Electron's safeStorage
// before core/secrets writes them to disk. This file adapts safeStorage to the cipher the encrypted
// file store expects and says honestly whether the encryption is backed by an OS keychain: on
// Linux without a secret service safeStorage falls back to 'basic_text' (a hard-coded key), which
// is obfuscation, not protection, and the UI must say so.
import type { SafeStorage } from 'electron';
import { InspectorError } from '@shared/errors';

/** The cipher handed to createEncryptedFileSecretStore(path, cipher). */
export interface SecretCipher {
  encrypt(plainText: string): Buffer;
  decrypt(encrypted: Buffer): string;
  /** True only when an OS keychain protects the key (Keychain, DPAPI, libsecret, KWallet). */
  isReal: boolean;
}

export interface KeychainStatus {
  /** What protects stored secrets: 'keychain' (macOS), 'dpapi' (Windows), or the Linux backend name. */
  backend: string;
  /** False when secrets are only obfuscated ('basic_text') or encryption is unavailable. */
  encrypted: boolean;
}

export type SafeStorageLike = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

/** Call after app 'ready': before it, safeStorage reports no backend. */
export function describeKeychain(safeStorage: SafeStorageLike, platform: NodeJS.Platform): KeychainStatus {
  const available = safeStorage.isEncryptionAvailable();
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend();
    return { backend, encrypted: available && backend !== 'basic_text' && backend !== 'unknown' };
  }
  if (platform === 'darwin') return { backend: 'keychain', encrypted: available };
  if (platform === 'win32') return { backend: 'dpapi', encrypted: available };
  return { backend: 'unknown', encrypted: false };
}

/**
 * The safeStorage-backed cipher. When the OS offers no encryption at all we refuse to store secrets
 * rather than write them in clear text behind the user's back ('basic_text' still works, labelled).
 */
export function safeStorageCipher(safeStorage: SafeStorageLike, platform: NodeJS.Platform): SecretCipher {
  const status = describeKeychain(safeStorage, platform);
  const ensureAvailable = () => {
    if (!safeStorage.isEncryptionAvailable()) {
      throw new InspectorError(
        'unavailable',
        'OS encryption is unavailable: secrets cannot be stored or read.',
      );
    }
  };
  return {
    isReal: status.encrypted,
    encrypt(plainText) {
      ensureAvailable();
      return safeStorage.encryptString(plainText);
    },
    decrypt(encrypted) {
      ensureAvailable();
      return safeStorage.decryptString(encrypted);
    },
  };
}
