// The evidence for one signature report: verdict banner, received vs computed, the diagnosis, the
// scheme, entries, signed content, timestamp, handshake and warnings. Used by the Signature tab of a
// capture and by the "verify a pasted request" panel. Every string that can carry request data
// (summary, values, messages naming headers or labels) goes through PayloadText.
import type { ReactNode } from 'react';
import type {
  HandshakeInfo,
  SignatureDiagnosis,
  SignatureReport,
  SignedContentInfo,
  TimestampInfo,
} from '@shared/signature-types';
import { CopyButton } from '../../components/CopyButton';
import { SettingsLink } from '../settings/SettingsLink';
import { settingForDiagnosis, settingForText } from '../settings/settings-sections';
import { PayloadText } from '../../components/PayloadText';
import { formatByteCount } from '../../lib/format';
import { describeAge, formatDuration } from './age';
import { DigestCompare } from './DigestCompare';
import { bannerIcons, SigIcon } from './SigIcon';
import { handshakeSignatureLabels, reasonLabels, verdictTitle } from './verdict-copy';
import detailStyles from '../detail/detail.module.css';
import styles from './signature.module.css';

export function VerdictBanner({ report, children }: { report: SignatureReport; children?: ReactNode }) {
  const { verdict } = report;
  const meta: string[] = [];
  if (report.providerName)
    meta.push(report.providerSource === 'override' ? `${report.providerName} (chosen)` : report.providerName);
  if (report.format) meta.push(report.format.label);
  return (
    <section
      className={`${styles['sig-banner']} ${styles[`sig-banner-${verdict}`] ?? ''}`}
      role="status"
      aria-label="Signature verdict"
      data-testid="sig-banner"
      data-verdict={verdict}
    >
      <span className={styles['sig-banner-icon']}>
        <SigIcon name={bannerIcons[verdict] ?? 'shield'} size={20} />
      </span>
      <div className={styles['sig-banner-text']}>
        <h3 className={styles['sig-banner-title']}>
          {verdictTitle(verdict, report.reason)}
          <span className={styles['sig-reason']} title="Reason">
            {reasonLabels[report.reason] ?? report.reason}
          </span>
          {report.handshake && <HandshakeChip report={report} />}
        </h3>
        <p className={styles['sig-banner-summary']}>
          <PayloadText text={report.summary} />
        </p>
        {meta.length > 0 && (
          <p className={styles['sig-banner-meta']}>
            <PayloadText text={meta.join(' · ')} />
            {report.header && (
              <>
                {' · header '}
                <PayloadText text={report.header} className="mono" />
              </>
            )}
          </p>
        )}
        {children}
      </div>
    </section>
  );
}

/** A handshake shows its signature verdict too; a failing one still says it is a handshake. */
function HandshakeChip({ report }: { report: SignatureReport }) {
  const h = report.handshake;
  if (!h) return null;
  const text =
    report.verdict === 'handshake'
      ? h.signatureVerdict && handshakeSignatureLabels[h.signatureVerdict]
      : report.reason === 'handshake-refused'
        ? `handshake · refused with ${h.expectedResponse?.status ?? 403}`
        : h.expectedResponse?.status === 401
          ? 'handshake · must answer 401'
          : 'handshake';
  if (!text) return null;
  const tone =
    h.signatureVerdict === 'pass'
      ? 'ok'
      : h.signatureVerdict === 'fail' || report.verdict === 'fail'
        ? 'bad'
        : 'warn';
  return (
    <span className={`${styles['sig-chip']} ${styles[`sig-chip-${tone}`]}`} data-testid="sig-handshake-chip">
      {text}
    </span>
  );
}

export function DiagnosisList({
  diagnosis,
  provider = null,
}: {
  diagnosis: SignatureDiagnosis[];
  /** The report's provider: a diagnosis of the user's own scheme links to that setting. */
  provider?: string | null;
}) {
  if (diagnosis.length === 0) return null;
  const exact = diagnosis.filter((d) => d.exact).length;
  return (
    <section
      className={styles['sig-section']}
      aria-labelledby="sig-diagnosis-title"
      data-testid="sig-diagnosis"
    >
      <h3 className="section-title" id="sig-diagnosis-title">
        Why it fails
        <span className={styles['sig-count']}>{diagnosis.length}</span>
        {exact > 0 && (
          <span className={`${styles['sig-chip']} ${styles['sig-chip-ok']}`}>cause reproduced exactly</span>
        )}
      </h3>
      <ol className={styles['diag-list']}>
        {diagnosis.map((d, i) => (
          <li
            key={`${d.code}-${i}`}
            className={`${styles.diag} ${d.exact ? styles['diag-exact'] : ''}`}
            data-code={d.code}
            data-exact={d.exact || undefined}
            data-testid="diag"
          >
            <div className={styles['diag-head']}>
              <span
                className={`${styles['diag-tag']} ${d.exact ? styles['diag-tag-exact'] : ''}`}
                title={
                  d.exact
                    ? 'Hookscope recomputed the signature with this change and it matched exactly'
                    : 'A likely cause: no recomputation reproduced the signature'
                }
              >
                {d.exact ? (
                  <>
                    <SigIcon name="check" size={11} /> exact match
                  </>
                ) : (
                  'likely'
                )}
              </span>
              <PayloadText text={d.message} className={styles['diag-message']} />
            </div>
            <div className={styles['diag-fix']}>
              <SigIcon name="lightbulb" size={13} />
              <span>
                <strong>Fix: </strong>
                <PayloadText text={d.fix} />
                <SettingsLink section={settingForDiagnosis(d.code, { provider })} />
              </span>
            </div>
            {d.alsoReproducedBy && d.alsoReproducedBy.length > 0 && (
              <div className={`${styles['diag-also']} muted`} data-testid="diag-also">
                Also reproduced by a larger change, so not the cause:
                <ul>
                  {d.alsoReproducedBy.map((o) => (
                    <li key={o.code} data-code={o.code}>
                      <PayloadText text={o.message} />
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function SchemeFacts({ report }: { report: SignatureReport }) {
  const { scheme } = report;
  if (!scheme && !report.provider) return null;
  return (
    <section className={styles['sig-section']} aria-label="Scheme">
      <h3 className="section-title">Scheme</h3>
      <dl className={`${detailStyles.facts} ${styles['sig-facts']}`}>
        {report.providerName && (
          <Fact term="Provider">
            <PayloadText text={report.providerName} />
            <span className={`muted ${detailStyles['fact-sub']}`}>
              {providerSourceText(report.providerSource)}
            </span>
          </Fact>
        )}
        {scheme && (
          <>
            <Fact term="Algorithm">
              <span className={styles['sig-chip']}>{scheme.algorithm}</span>
              <span className={styles['sig-chip']}>{scheme.encoding}</span>
            </Fact>
            <Fact term="Signed content">
              <PayloadText text={scheme.template} className="mono" />
            </Fact>
            <Fact term="Key">
              <PayloadText text={scheme.keyDerivation} />
            </Fact>
          </>
        )}
        {report.format && (
          <Fact term="Format">
            <PayloadText text={report.format.label} />
          </Fact>
        )}
        {report.header && (
          <Fact term="Header">
            <PayloadText text={report.header} className="mono" />
          </Fact>
        )}
        {report.verdict !== 'handshake' &&
          report.verdict !== 'unsigned' &&
          report.reason !== 'handshake-refused' && (
            <Fact term="Secret">
              {report.matchedSecret ? (
                <span className={styles['sig-secret-matched']} data-testid="sig-matched-secret">
                  <SigIcon name="key" size={13} /> <PayloadText text={report.matchedSecret} />
                </span>
              ) : (
                <span className="muted">
                  {report.secretsTried === 0 ? 'none tried' : `none of ${report.secretsTried} tried matched`}
                </span>
              )}
            </Fact>
          )}
      </dl>
    </section>
  );
}

function Entries({ report }: { report: SignatureReport }) {
  const { entries } = report;
  if (entries.length < 2 && entries.every((e) => e.supported)) return null;
  return (
    <section className={styles['sig-section']} aria-label="Signature entries">
      <h3 className="section-title">
        Entries in the header <span className={styles['sig-count']}>{entries.length}</span>
      </h3>
      <table className={`pairs ${styles['sig-entries']}`} aria-label="Signature entries">
        <thead>
          <tr>
            <th scope="col" className={styles['sig-entry-n']}>
              #
            </th>
            <th scope="col" className={styles['sig-entry-version']}>
              Version
            </th>
            <th scope="col">Value</th>
            <th scope="col" className={styles['sig-entry-state']}>
              Result
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.index} className={e.matched ? styles['is-matched'] : undefined}>
              <td className="mono">{e.index + 1}</td>
              <td className="mono">
                <PayloadText text={e.version || '—'} />
              </td>
              <td className={`mono ${styles['sig-entry-value']}`}>
                <PayloadText text={e.value} />
              </td>
              <td>
                {e.matched ? (
                  <span className={`${styles['sig-chip']} ${styles['sig-chip-ok']}`}>
                    matched{entries.length > 1 ? ` entry ${e.index + 1} of ${entries.length}` : ''}
                  </span>
                ) : e.supported ? (
                  <span className="muted">no match</span>
                ) : (
                  <span className="muted" title="This verifier does not check this version">
                    not checked
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function SignedContent({ content }: { content: SignedContentInfo }) {
  const prefix = content.byteLength - content.bodyByteLength;
  return (
    <section
      className={styles['sig-section']}
      aria-labelledby="sig-signed-title"
      data-testid="sig-signed-content"
    >
      <h3 className="section-title" id="sig-signed-title">
        Signed content
        <span className={styles['sig-meta-text']}>
          {formatByteCount(content.byteLength)}
          {prefix !== 0 && ` (body ${formatByteCount(content.bodyByteLength)})`}
        </span>
        <CopyButton label="Copy signed content (escaped)" getText={() => content.preview} />
      </h3>
      <pre className={`${styles['sig-signed']} mono`} tabIndex={0} aria-label="Signed content, escaped">
        <PayloadText text={content.preview} />
        {content.previewTruncated && <span className={styles['sig-cut']}>… preview cut</span>}
      </pre>
      <p className={`${styles['sig-signed-hint']} muted`}>
        Escaped: <code>\n</code> <code>\r</code> <code>\t</code> <code>\\</code> and <code>\xNN</code> for
        bytes that are not UTF-8.
      </p>
      <dl className={`${detailStyles.facts} ${styles['sig-facts']}`}>
        <Fact term="Body SHA-256">
          <span className={`mono ${detailStyles.digest}`} data-testid="sig-body-sha">
            {content.bodySha256}
          </span>
          <CopyButton label="Copy body SHA-256" getText={() => content.bodySha256} />
        </Fact>
      </dl>
    </section>
  );
}

function windowText(t: TimestampInfo): string {
  const parts: string[] = [];
  if (t.maxAgeSeconds !== null) parts.push(`up to ${formatDuration(t.maxAgeSeconds)} old`);
  if (t.maxAheadSeconds !== null) parts.push(`${formatDuration(t.maxAheadSeconds)} ahead`);
  return parts.length ? `accepted ${parts.join(', ')}` : 'no replay window';
}

function Timestamp({ t }: { t: TimestampInfo }) {
  const date = t.unix !== null ? new Date(t.unix * 1000) : null;
  return (
    <section className={styles['sig-section']} aria-label="Timestamp" data-testid="sig-timestamp">
      <h3 className="section-title">
        Timestamp <span className={styles['sig-meta-text']}>{windowText(t)}</span>
      </h3>
      <dl className={`${detailStyles.facts} ${styles['sig-facts']}`}>
        <Fact term="Value">
          <PayloadText text={t.raw} className="mono" />
          <span className={`muted ${detailStyles['fact-sub']}`}>
            from <PayloadText text={t.source} />
            {date &&
              !Number.isNaN(date.getTime()) &&
              ` · ${date.toISOString().replace('T', ' ').replace('.000Z', ' UTC')}`}
          </span>
          {!t.signed && (
            <span className={`${styles['sig-chip']} ${styles['sig-chip-warn']}`}>
              not covered by the signature
            </span>
          )}
        </Fact>
        <Fact term="At capture">
          {describeAge(t.ageAtCapture)}
          {t.rejectedAtCapture ? (
            <span className={`${styles['sig-chip']} ${styles['sig-chip-bad']}`}>rejected</span>
          ) : (
            <span className={`${styles['sig-chip']} ${styles['sig-chip-ok']}`}>within window</span>
          )}
        </Fact>
        <Fact term="Now">
          {describeAge(t.ageNow)}
          {t.rejectedNow ? (
            <span
              className={`${styles['sig-chip']} ${styles['sig-chip-warn']}`}
              data-testid="sig-rejected-now"
            >
              would be rejected now
            </span>
          ) : (
            <span className={`muted ${detailStyles['fact-sub']}`}>still accepted</span>
          )}
        </Fact>
      </dl>
    </section>
  );
}

function Handshake({ h }: { h: HandshakeInfo }) {
  return (
    <section className={styles['sig-section']} aria-label="Handshake">
      <h3 className="section-title">Handshake</h3>
      <p className={styles['sig-note']}>
        <PayloadText text={h.note} />
      </p>
      <dl className={`${detailStyles.facts} ${styles['sig-facts']}`}>
        {h.signatureVerdict && (
          <Fact term="Signature">
            <span data-testid="sig-handshake-signature">{handshakeSignatureLabels[h.signatureVerdict]}</span>
          </Fact>
        )}
        {h.verifyTokenMatches !== undefined && (
          <Fact term="Verify token">
            {h.verifyTokenMatches === null ? (
              <span className="muted">no verify token configured: answered without checking</span>
            ) : h.verifyTokenMatches ? (
              <span className={`${styles['sig-chip']} ${styles['sig-chip-ok']}`}>matches</span>
            ) : (
              <span className={`${styles['sig-chip']} ${styles['sig-chip-bad']}`}>does not match</span>
            )}
          </Fact>
        )}
        {h.expectedResponse && (
          <Fact term="Expected answer">
            <span className="mono">{h.expectedResponse.status}</span>
            {h.expectedResponse.contentType && (
              <PayloadText text={h.expectedResponse.contentType} className="mono muted" />
            )}
            {h.expectedResponse.body && (
              <>
                <PayloadText
                  text={h.expectedResponse.body}
                  className={`mono ${styles['sig-expected-body']}`}
                />
                <CopyButton label="Copy expected body" getText={() => h.expectedResponse!.body} />
              </>
            )}
          </Fact>
        )}
      </dl>
    </section>
  );
}

function Warnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <section className={styles['sig-section']} aria-label="Warnings" data-testid="sig-warnings">
      <h3 className="section-title">Warnings</h3>
      <ul className={styles['sig-warnings']}>
        {warnings.map((w, i) => (
          <li key={i}>
            <SigIcon name="alert" size={13} />
            <PayloadText text={w} />
            <SettingsLink section={settingForText(w)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

interface SignatureViewProps {
  report: SignatureReport;
  /** Shown inside the banner (e.g. the "add secret" call to action). */
  bannerExtra?: ReactNode;
  /** Shown right after the banner. */
  afterBanner?: ReactNode;
}

export function SignatureView({ report, bannerExtra, afterBanner }: SignatureViewProps) {
  return (
    <div className={styles['sig-view']} data-testid="signature-view" data-verdict={report.verdict}>
      <VerdictBanner report={report}>{bannerExtra}</VerdictBanner>
      {afterBanner}
      {report.handshake && <Handshake h={report.handshake} />}
      <DigestCompare report={report} />
      <DiagnosisList diagnosis={report.diagnosis} provider={report.provider} />
      <Warnings warnings={report.warnings} />
      {report.timestamp && <Timestamp t={report.timestamp} />}
      <SchemeFacts report={report} />
      <Entries report={report} />
      {report.signedContent && <SignedContent content={report.signedContent} />}
    </div>
  );
}

/** How the provider was chosen, in words (see the signer rule in core/providers/signer-of.ts). */
function providerSourceText(source: SignatureReport['providerSource']): string {
  switch (source) {
    case 'override':
      return 'chosen by you';
    case 'path':
      return 'mapped to this path in settings';
    case 'payload':
      return 'from the payload (no signature header named it)';
    default:
      return 'detected from headers';
  }
}
