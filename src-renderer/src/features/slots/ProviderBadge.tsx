// Slot for the provider the signatures module detects (Stripe, GitHub, WhatsApp…). Renders nothing
// until the core fills `provider`, so the list stays calm for plain requests.
import { PayloadText } from '../../components/PayloadText';

export function ProviderBadge({ provider }: { provider: string | null }) {
  if (!provider) return null;
  return (
    <span className="provider-badge" data-provider={provider}>
      <PayloadText text={provider} />
    </span>
  );
}
