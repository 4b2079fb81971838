// Two badges for two vocabularies: who signs the capture (Meta, Stripe… from the signer rule) and
// which payload family its body decodes as (whatsapp-cloud, socialhook…). Each renders nothing
// until the analysis fills it, so the list stays calm for plain requests.
import { PayloadText } from '../../components/PayloadText';
import { providerName, useProviders } from '../../state/use-providers';
import styles from './ProviderBadge.module.css';

export function ProviderBadge({ provider }: { provider: string | null }) {
  const providers = useProviders();
  if (!provider) return null;
  return (
    <span
      className={styles['provider-badge']}
      data-provider={provider}
      data-testid="provider-badge"
      title={`Signed by ${providerName(providers, provider)}`}
    >
      <PayloadText text={provider} />
    </span>
  );
}

export function PayloadFamilyBadge({ family }: { family: string | null }) {
  if (!family) return null;
  return (
    <span
      className={`${styles['provider-badge']} ${styles['family-badge']}`}
      data-family={family}
      data-testid="family-badge"
      title={`Payload: ${family}`}
    >
      <PayloadText text={family} />
    </span>
  );
}
