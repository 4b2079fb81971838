// Right-hand pane: the selected capture's header and its tabs. The chosen tab sticks while you move
// through captures, so ↑/↓ compares the same view across requests.
import { forwardRef } from 'react';
import { Tabs } from '../../components/Tabs';
import { formatBytes } from '../../lib/format';
import { useCaptureDetail } from '../../state/use-capture-detail';
import { BodyTab } from '../body/BodyTab';
import { DetailHeader } from './DetailHeader';
import { HeadersTab } from './HeadersTab';
import { OverviewTab } from './OverviewTab';
import { QueryTab } from './QueryTab';
import { SignatureTab } from '../signature/SignatureTab';
import { MessagesTab } from '../messages/MessagesTab';
import { ResponseTab } from '../replay/ResponseTab';
import styles from './detail.module.css';

export type DetailTab = 'overview' | 'headers' | 'body' | 'query' | 'signature' | 'messages' | 'response';
export const detailTabs: DetailTab[] = [
  'overview',
  'headers',
  'body',
  'query',
  'signature',
  'messages',
  'response',
];

interface DetailPaneProps {
  selectedId: number | null;
  /** null: not chosen yet — Messages for captures with decoded cards, else Overview. */
  tab: DetailTab | null;
  onTab(tab: DetailTab): void;
  onSelect(id: number): void;
}

export const DetailPane = forwardRef<HTMLElement, DetailPaneProps>(function DetailPane(
  { selectedId, tab: chosenTab, onTab, onSelect },
  ref,
) {
  const [state, reload] = useCaptureDetail(selectedId);

  if (state.status === 'idle') {
    return (
      <section
        className={`${styles.detail} ${styles['detail-idle']}`}
        ref={ref}
        tabIndex={-1}
        aria-label="Capture detail"
        data-testid="capture-detail"
      >
        <p className="muted">Select a capture to inspect it.</p>
      </section>
    );
  }
  if (state.status === 'loading') {
    return (
      <section
        className={`${styles.detail} ${styles['detail-idle']}`}
        ref={ref}
        tabIndex={-1}
        aria-label="Capture detail"
        aria-busy="true"
        data-testid="capture-detail"
      >
        <p className="muted">Loading #{state.id}…</p>
      </section>
    );
  }
  if (state.status === 'error') {
    return (
      <section
        className={`${styles.detail} ${styles['detail-idle']}`}
        ref={ref}
        tabIndex={-1}
        aria-label="Capture detail"
        data-testid="capture-detail"
      >
        <p className="error-text">
          Could not load #{state.id}: {state.message}{' '}
          <button type="button" className="link-button" onClick={reload}>
            Retry
          </button>
        </p>
      </section>
    );
  }
  const { detail } = state;
  const tab: DetailTab = chosenTab ?? (detail.cards.length > 0 ? 'messages' : 'overview');
  return (
    <section
      className={styles.detail}
      ref={ref}
      tabIndex={-1}
      aria-label={`Capture ${detail.id}`}
      data-capture-id={detail.id}
      data-testid="capture-detail"
    >
      <DetailHeader detail={detail} />
      <Tabs
        id="detail"
        active={tab}
        onChange={onTab}
        tabs={[
          { key: 'overview', label: 'Overview' },
          { key: 'headers', label: 'Headers', badge: String(detail.headers.length) },
          { key: 'body', label: 'Body', badge: formatBytes(detail.size) },
          {
            key: 'query',
            label: 'Query',
            badge: detail.query.length ? String(detail.query.length) : undefined,
          },
          { key: 'signature', label: 'Signature', badge: detail.verdict ?? undefined },
          {
            key: 'messages',
            label: 'Messages',
            badge: detail.cards.length ? String(detail.cards.length) : undefined,
          },
          { key: 'response', label: 'Response', badge: detail.status ? String(detail.status) : undefined },
        ]}
      />
      <div
        className={styles['tab-panel']}
        role="tabpanel"
        id="detail-panel"
        aria-labelledby={`detail-tab-${tab}`}
      >
        {tab === 'overview' && <OverviewTab detail={detail} onSelect={onSelect} />}
        {tab === 'headers' && <HeadersTab detail={detail} />}
        {tab === 'body' && <BodyTab key={detail.id} detail={detail} />}
        {tab === 'query' && <QueryTab detail={detail} />}
        {tab === 'signature' && <SignatureTab detail={detail} />}
        {tab === 'messages' && (
          <MessagesTab key={detail.id} detail={detail} onSelect={onSelect} onShowBody={() => onTab('body')} />
        )}
        {tab === 'response' && <ResponseTab detail={detail} />}
      </div>
    </section>
  );
});
