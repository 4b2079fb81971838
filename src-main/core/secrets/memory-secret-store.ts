// Secrets kept in memory only (tests, and sessions where nothing may touch the disk).
import type { SecretInfo } from '@shared/signature-types';
import { SecretList, type SecretStore } from './secret-store';

export class MemorySecretStore implements SecretStore {
  readonly encrypted = false;
  private readonly secrets: SecretList;

  constructor(clock?: () => Date) {
    this.secrets = new SecretList([], clock);
  }

  list(): SecretInfo[] {
    return this.secrets.list();
  }
  put(provider: string, label: string, secret: string): void {
    this.secrets.put(provider, label, secret);
  }
  delete(provider: string, label: string): boolean {
    return this.secrets.delete(provider, label);
  }
  valuesFor(provider: string): { label: string; value: string }[] {
    return this.secrets.valuesFor(provider);
  }
}
