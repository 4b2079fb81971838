// The URL to point providers at, with a copy button. It is the first thing a user needs.
import { CopyButton } from '../../components/CopyButton';
import { PayloadText } from '../../components/PayloadText';
import styles from './top-bar.module.css';

export function ReceiverUrl({ url }: { url: string | null }) {
  return (
    <div className={styles.receiver} data-testid="receiver-url">
      <span className={styles['receiver-label']}>Receiver</span>
      {url ? (
        <>
          <PayloadText text={url} className={`${styles['receiver-url']} mono`} />
          <CopyButton label="Copy receiver URL" getText={() => url} />
        </>
      ) : (
        <span className="muted">…</span>
      )}
    </div>
  );
}
