export { type SecretStore, maskSecret } from './secret-store';
export { MemorySecretStore } from './memory-secret-store';
export { FileSecretStore, createEncryptedFileSecretStore, type SecretCodec } from './file-secret-store';
