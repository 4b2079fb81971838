// One <option> per signature provider, for the provider pickers; each picker adds its own first
// option for "none chosen" (any provider, auto-detect…).
import { signatureProviders } from '../../../src-main/shared/signature-types';

export function ProviderOptions() {
  return (
    <>
      {signatureProviders.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </>
  );
}
