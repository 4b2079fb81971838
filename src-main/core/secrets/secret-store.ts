// Webhook signing secrets, labelled, several per provider (rotation). Stores hand values only to the
// signature checker (`valuesFor`); everything that leaves the main process goes through `list()`,
// which carries a masked hint and never the value.
import type { SecretInfo } from '@shared/signature-types';

export interface SecretStore {
  list(): SecretInfo[];
  /** Add or replace the secret with this label (replacing keeps its position, so priority is stable). */
  put(provider: string, label: string, secret: string): void;
  /** Returns whether something was removed. */
  delete(provider: string, label: string): boolean;
  /** Values for the checker, in insertion order (first = primary). */
  valuesFor(provider: string): { label: string; value: string }[];
  /** False for plain-file storage, so the UI can say "unencrypted". */
  readonly encrypted: boolean;
}

export interface StoredSecret {
  provider: string;
  label: string;
  value: string;
  createdAt: string;
}

/**
 * Masked hint: enough to recognise which secret it is, never enough to use it. Short secrets show
 * only their length, because three characters of an eight-character secret is too much.
 */
export function maskSecret(secret: string): string {
  const chars = [...secret];
  const n = chars.length;
  if (n < 16) return `•••• (${n} chars)`;
  return `${chars.slice(0, 3).join('')}…${chars.slice(-2).join('')} (${n} chars)`;
}

export function validateSecretFields(provider: string, label: string, secret: string): void {
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(provider)) throw new Error('invalid provider id');
  if (label.trim().length === 0 || label.length > 100) throw new Error('label must be 1–100 characters');
  if (secret.length === 0 || secret.length > 4096) throw new Error('secret must be 1–4096 characters');
}

/** In-memory list shared by every store implementation. */
export class SecretList {
  private items: StoredSecret[];

  constructor(
    items: StoredSecret[] = [],
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.items = items.map((i) => ({ ...i }));
  }

  list(): SecretInfo[] {
    return this.items.map((s) => ({
      provider: s.provider,
      label: s.label,
      hint: maskSecret(s.value),
      createdAt: s.createdAt,
    }));
  }

  put(provider: string, label: string, secret: string): void {
    validateSecretFields(provider, label, secret);
    const trimmedLabel = label.trim();
    const entry: StoredSecret = {
      provider,
      label: trimmedLabel,
      value: secret,
      createdAt: this.clock().toISOString(),
    };
    const at = this.items.findIndex((s) => s.provider === provider && s.label === trimmedLabel);
    if (at >= 0) this.items[at] = entry;
    else this.items.push(entry);
  }

  delete(provider: string, label: string): boolean {
    const before = this.items.length;
    this.items = this.items.filter((s) => !(s.provider === provider && s.label === label.trim()));
    return this.items.length !== before;
  }

  valuesFor(provider: string): { label: string; value: string }[] {
    return this.items.filter((s) => s.provider === provider).map((s) => ({ label: s.label, value: s.value }));
  }

  snapshot(): StoredSecret[] {
    return this.items.map((i) => ({ ...i }));
  }
}
