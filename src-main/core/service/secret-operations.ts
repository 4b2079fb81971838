// Provider and secret operations. Values go into the SecretStore and to the redacting logger; what comes back
// out is always the masked listing. A change re-verifies the affected captures in the background.
import type { OperationOutputs } from '@shared/contract';
import type { DeleteSecretInput, PutSecretInput, VerifyRequestInput } from '@shared/signature-types';
import type { SecretStore } from '../secrets';
import type { SettingsStore } from '../settings/settings-store';
import { registerSecretForRedaction } from '../log/logger';
import { listProviders } from '../providers/registry';
import { listPayloadFamilies } from '../providers/signer-of';
import { verifyPastedRequest } from '../signatures';

export function secretOperations(
  secrets: SecretStore,
  settings: SettingsStore,
  reverify: (provider: string) => void,
  /** Tells every window the listing changed (masked, as listSecrets returns it). */
  changed: (list: OperationOutputs['listSecrets']) => void,
) {
  return {
    listProviders: (): OperationOutputs['listProviders'] => listProviders(),
    listPayloadFamilies: (): OperationOutputs['listPayloadFamilies'] => listPayloadFamilies(),
    listSecrets: (): OperationOutputs['listSecrets'] => secrets.list(),
    putSecret: ({ provider, label, secret }: PutSecretInput): OperationOutputs['putSecret'] => {
      registerSecretForRedaction(secret);
      secrets.put(provider, label, secret);
      reverify(provider);
      const list = secrets.list();
      changed(list);
      return list;
    },
    deleteSecret: ({ provider, label }: DeleteSecretInput): OperationOutputs['deleteSecret'] => {
      const removed = secrets.delete(provider, label);
      if (removed) {
        reverify(provider);
        changed(secrets.list());
      }
      return { removed };
    },
    verifyRequest: (input: VerifyRequestInput): OperationOutputs['verifyRequest'] => {
      for (const s of input.secrets ?? []) registerSecretForRedaction(s);
      return verifyPastedRequest(input, (p) => secrets.valuesFor(p), {
        verifyToken: settings.get().metaVerifyToken,
      });
    },
  };
}
