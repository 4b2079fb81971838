// Received vs computed, one above the other in the same scroll box so columns stay aligned, with
// the characters that differ highlighted. Everything here came from the wire or is derived from it,
// so each run is rendered as payload text.
import type { SignatureReport } from '@shared/signature-types';
import { CopyButton } from '../../components/CopyButton';
import { PayloadText } from '../../components/PayloadText';
import { comparableReceived, diffDigests, type DiffRun } from '../../model/digest-diff';
import styles from './signature.module.css';

function Runs({ runs, side }: { runs: DiffRun[]; side: 'received' | 'computed' }) {
  return (
    <>
      {runs.map((run, i) =>
        run.same ? (
          <PayloadText key={i} text={run.text} />
        ) : (
          <mark key={i} className={`${styles['sig-diff']} ${styles[`sig-diff-${side}`]}`}>
            <PayloadText text={run.text} />
          </mark>
        ),
      )}
    </>
  );
}

export function DigestCompare({ report }: { report: SignatureReport }) {
  const received = comparableReceived(report);
  const computed = report.computed;
  if (received === null && computed === null) return null;
  const diff = received !== null && computed !== null ? diffDigests(received, computed) : null;
  const plain = (text: string): DiffRun[] => [{ text, same: true }];
  const headerDiffers = report.received !== null && report.received !== received;

  let note: string;
  if (!diff)
    note =
      computed === null ? 'Nothing computed: no secret or key to compute with.' : 'No signature received.';
  else if (diff.identical) note = 'Identical.';
  else if (diff.equalIgnoringCase) note = 'Equal except for letter case.';
  else note = `${diff.differing} of ${diff.length} characters differ.`;

  return (
    <section className={styles['sig-section']} aria-labelledby="sig-compare-title" data-testid="sig-compare">
      <h3 className="section-title" id="sig-compare-title">
        Received vs computed
        {report.scheme && (
          <>
            <span className={styles['sig-chip']}>{report.scheme.algorithm}</span>
            <span className={styles['sig-chip']}>{report.scheme.encoding}</span>
          </>
        )}
      </h3>
      <div className={`${styles['sig-compare']} ${diff?.identical ? styles['is-identical'] : ''}`}>
        <span className={`${styles['sig-compare-label']} ${styles['sig-l1']}`}>Received</span>
        <div
          className={`${styles['sig-compare-values']} ${styles['sig-v']} mono`}
          dir="ltr"
          tabIndex={0}
          role="group"
          aria-label="Signatures"
        >
          <div className={styles['sig-line']} data-testid="sig-received">
            {received === null ? (
              <span className="muted">(none)</span>
            ) : (
              <Runs runs={diff ? diff.received : plain(received)} side="received" />
            )}
          </div>
          <div className={styles['sig-line']} data-testid="sig-computed">
            {computed === null ? (
              <span className="muted">(not computed)</span>
            ) : (
              <Runs runs={diff ? diff.computed : plain(computed)} side="computed" />
            )}
          </div>
        </div>
        <span className={`${styles['sig-compare-copy']} ${styles['sig-c1']}`}>
          {received !== null && <CopyButton label="Copy received signature" getText={() => received} />}
        </span>
        <span className={`${styles['sig-compare-label']} ${styles['sig-l2']}`}>Computed</span>
        <span className={`${styles['sig-compare-copy']} ${styles['sig-c2']}`}>
          {computed !== null && <CopyButton label="Copy computed signature" getText={() => computed} />}
        </span>
      </div>
      <p className={styles['sig-compare-note']} data-testid="sig-compare-note">
        {note}
        {headerDiffers && report.header && (
          <>
            {' '}
            Full header <PayloadText text={report.header} className="mono" />:{' '}
            <PayloadText text={report.received!} className={`mono ${styles['sig-header-value']}`} />
          </>
        )}
      </p>
    </section>
  );
}
