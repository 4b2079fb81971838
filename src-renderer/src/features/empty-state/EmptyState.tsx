// Shown when nothing has been captured yet: teaches the one thing to do next.
import { CopyButton } from '../../components/CopyButton';
import { Icon } from '../../components/Icon';
import { PayloadText } from '../../components/PayloadText';
import { sampleCurl } from './sample-request';

export function EmptyState({ receiverUrl }: { receiverUrl: string | null }) {
  const curl = receiverUrl ? sampleCurl(receiverUrl) : null;
  return (
    <div className="empty" data-testid="empty-state">
      <div className="empty-icon">
        <Icon name="inbox" size={28} />
      </div>
      <h2 className="empty-title">Waiting for the first webhook</h2>
      <p className="empty-text">
        Point a provider at the receiver URL — any method, any path. Every request is stored byte for byte and
        shows up here the moment it lands.
      </p>
      {receiverUrl && (
        <div className="empty-url">
          <PayloadText text={receiverUrl} className="mono" />
          <CopyButton label="Copy receiver URL" getText={() => receiverUrl} />
        </div>
      )}
      {curl && (
        <figure className="snippet">
          <figcaption className="snippet-head">
            <span>Try it from a terminal</span>
            <CopyButton label="Copy command" showLabel getText={() => curl} />
          </figcaption>
          <pre className="snippet-code mono" data-testid="sample-curl">
            {curl}
          </pre>
        </figure>
      )}
    </div>
  );
}

export function NoMatches({ onClear }: { onClear(): void }) {
  return (
    <div className="empty empty-compact" data-testid="no-matches">
      <h2 className="empty-title">No captures match</h2>
      <p className="empty-text">Nothing stored matches the search and filters.</p>
      <button type="button" className="btn" onClick={onClear}>
        Clear search and filters
      </button>
    </div>
  );
}
