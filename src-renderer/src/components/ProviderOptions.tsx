// One <option> per signature provider, for the provider pickers; each picker adds its own first
// option for "none chosen" (any provider, auto-detect…).
import { useProviders } from '../state/use-providers';

export function ProviderOptions() {
  const providers = useProviders();
  return (
    <>
      {(providers ?? []).map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </>
  );
}
