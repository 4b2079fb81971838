// Shown when nothing has been captured yet: teaches the one thing to do next.
import { CopyButton } from '../../components/CopyButton';
import { Icon } from '../../components/Icon';
import { PayloadText } from '../../components/PayloadText';
import { sampleCurl } from './sample-request';
import styles from './EmptyState.module.css';

export function EmptyState({ receiverUrl }: { receiverUrl: string | null }) {
  const curl = receiverUrl ? sampleCurl(receiverUrl) : null;
  return (
    <div className={styles.empty} data-testid="empty-state">
      <div className={styles['empty-icon']}>
        <Icon name="inbox" size={28} />
      </div>
      <h2 className={styles['empty-title']}>Waiting for the first webhook</h2>
      <p className={styles['empty-text']}>
        Point a provider at the receiver URL — any method, any path. Every request is stored byte for byte and
        shows up here the moment it lands.
      </p>
      {receiverUrl && (
        <div className={styles['empty-url']}>
          <PayloadText text={receiverUrl} className="mono" />
          <CopyButton label="Copy receiver URL" getText={() => receiverUrl} />
        </div>
      )}
      {curl && (
        <figure className={styles.snippet}>
          <figcaption className={styles['snippet-head']}>
            <span>Try it from a terminal</span>
            <CopyButton label="Copy command" showLabel getText={() => curl} />
          </figcaption>
          <pre className={`${styles['snippet-code']} mono`} data-testid="sample-curl">
            {curl}
          </pre>
        </figure>
      )}
    </div>
  );
}

export function NoMatches({ onClear }: { onClear(): void }) {
  return (
    <div className={`${styles.empty} ${styles['empty-compact']}`} data-testid="no-matches">
      <h2 className={styles['empty-title']}>No captures match</h2>
      <p className={styles['empty-text']}>Nothing stored matches the search and filters.</p>
      <button type="button" className="btn" onClick={onClear}>
        Clear search and filters
      </button>
    </div>
  );
}
