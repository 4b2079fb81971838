// The Signature tab of a capture: the report, a provider override for captures detected wrong or
// not at all, and the inline "add secret" that turns `no-secret` (or a wrong secret) into a
// verdict. Saving re-verifies in the core; the capture comes back as capture.updated and the event
// bridge refetches the cached detail, so this view simply re-renders with the new report.
import { useId, useState } from 'react';
import type { SignatureReport } from '@shared/signature-types';
import { providerInfo, useProviders } from '../../state/use-providers';
import type { CaptureDetail } from '@shared/types';
import { PayloadText } from '../../components/PayloadText';
import { SelectInput } from '../../components/form/inputs';
import { ProviderOptions } from '../../components/ProviderOptions';
import { useMutation } from '../../data/use-operation';
import { AddSecretForm } from '../secrets/AddSecretForm';
import { GenerateHandlerDialog } from './GenerateHandlerDialog';
import { SchemeFinder } from './SchemeFinder';
import { SignatureView } from './SignatureView';
import { SigIcon } from './SigIcon';
import { useOpenTools } from '../../state/tools-context';
import { useAnalysisProgress } from './use-analysis-progress';
import { ProgressLine } from './ProgressLine';
import { SavedNote } from '../../components/SavedNote';
import { classes } from '../../lib/classes';
import styles from './signature.module.css';

function ProviderOverride({ detail }: { detail: CaptureDetail }) {
  const id = useId();
  const override = useMutation('setCaptureProvider');
  const busy = override.isPending;
  const error = override.error?.message ?? null;
  const openTools = useOpenTools();
  const [generating, setGenerating] = useState(false);
  const detected = detail.signature?.providerSource === 'detected' ? detail.signature.providerName : null;
  return (
    <div className="panel-toolbar">
      <label htmlFor={`${id}-provider`} className="muted">
        Provider
      </label>
      <SelectInput
        compact
        active={detail.providerOverride !== null}
        id={`${id}-provider`}
        className={styles['provider-override']}
        value={detail.providerOverride ?? ''}
        disabled={busy}
        onChange={(e) => {
          override.mutate({ id: detail.id, provider: e.target.value || null });
        }}
        data-testid="provider-override"
      >
        <option value="">
          Auto-detect{detected ? ` (${detected})` : detail.provider ? '' : ' (none found)'}
        </option>
        <ProviderOptions />
      </SelectInput>
      {detail.providerOverride && <span className={styles['sig-chip']}>override</span>}
      {error && (
        <span className="error-text">
          <PayloadText text={error} />
        </span>
      )}
      <span className="toolbar-spacer" />
      {detail.signature?.provider && (
        <button
          type="button"
          className="btn btn-ghost btn-xs"
          onClick={() => setGenerating(true)}
          title="Code for Express, Next.js, FastAPI, Flask, Laravel, PHP, Go, Sinatra or ASP.NET that verifies this request"
          data-testid="generate-handler"
        >
          Generate handler…
        </button>
      )}
      <button
        type="button"
        className="btn btn-ghost btn-xs"
        onClick={() => openTools('signature', 'secrets')}
      >
        Manage secrets…
      </button>
      <GenerateHandlerDialog id={detail.id} open={generating} onClose={() => setGenerating(false)} />
    </div>
  );
}

/** Inline "Add secret for <provider>": open by default when the secret is all that is missing. */
function InlineAddSecret({ report }: { report: SignatureReport }) {
  const providers = useProviders();
  const info = report.provider ? providerInfo(providers, report.provider) : undefined;
  const noSecret = report.verdict === 'no-secret';
  const [open, setOpen] = useState(noSecret);
  const [saved, setSaved] = useState<string | null>(null);
  if (!info || info.secretKind === 'none') return null;
  const noun = info.secretKind === 'public-key' ? 'public key' : 'secret';
  const title = `Add ${noun} for ${info.name}`;
  if (!open) {
    return (
      <div className={styles['sig-cta-row']}>
        <button
          type="button"
          className="btn btn-xs"
          onClick={() => setOpen(true)}
          data-testid="inline-add-secret"
        >
          <SigIcon name="key" size={12} /> {report.secretsTried > 0 ? `Add another ${noun}` : title}…
        </button>
        {saved && (
          <SavedNote>
            Saved “<PayloadText text={saved} />
            ”.
          </SavedNote>
        )}
      </div>
    );
  }
  return (
    <section
      className={classes(styles['sig-inline-secret'], noSecret && styles['sig-inline-primary'])}
      aria-label={title}
    >
      <h4 className={styles['sig-inline-title']}>
        <SigIcon name="key" size={13} /> {title}
      </h4>
      {noSecret && (
        <p className={styles['sig-inline-lede']}>
          This request is signed. Store the {noun} and Hookscope verifies it — and every stored capture from{' '}
          {info.name} — without resending.
        </p>
      )}
      <AddSecretForm
        provider={info.id}
        submitLabel={`Save and verify`}
        onSaved={(label) => {
          setSaved(label);
          setOpen(false);
        }}
        onCancel={noSecret ? undefined : () => setOpen(false)}
      />
    </section>
  );
}

export function SignatureTab({ detail }: { detail: CaptureDetail }) {
  const progress = useAnalysisProgress();
  const report = detail.signature;
  // Senders Hookscope does not know (or a generic scheme that fails): offer to find the scheme.
  const finder =
    detail.kind !== 'rejected' &&
    (!report || report.provider === null || (report.provider === 'generic' && report.verdict === 'fail')) ? (
      <SchemeFinder key={detail.id} detail={detail} />
    ) : null;
  return (
    <div className={styles['sig-tab']} data-testid="signature-tab">
      <ProviderOverride detail={detail} />
      <div className={`scroll-pane ${styles['sig-scroll']}`}>
        {progress && <ProgressLine progress={progress} className={styles['sig-progress-place']} />}
        {report ? (
          <SignatureView
            report={report}
            afterBanner={
              // Offer a (another) secret when one is missing or none matched; not when a stored
              // secret verified the digest and something else (the timestamp) failed.
              report.verdict === 'no-secret' ||
              (report.verdict === 'fail' &&
                report.matchedSecret === null &&
                report.reason !== 'handshake-refused') ? (
                // Keyed so another capture or a new verdict starts from its own default.
                <InlineAddSecret key={`${detail.id}:${report.verdict}`} report={report} />
              ) : (
                (finder ?? undefined)
              )
            }
          />
        ) : (
          <div className={styles['sig-view']}>
            <section
              className={`${styles['sig-banner']} ${styles['sig-banner-unsigned']}`}
              role="status"
              data-testid="sig-banner"
              data-verdict="none"
            >
              <span className={styles['sig-banner-icon']}>
                <SigIcon name="shield" size={20} />
              </span>
              <div className={styles['sig-banner-text']}>
                <h3 className={styles['sig-banner-title']}>No signature checked</h3>
                <p className={styles['sig-banner-summary']}>
                  {detail.kind === 'rejected'
                    ? 'The receiver rejected this request before analysis.'
                    : 'No provider was recognised from the headers. If this sender signs its webhooks, choose its provider above (or configure a Generic HMAC scheme).'}
                </p>
              </div>
            </section>
            {finder}
          </div>
        )}
      </div>
    </div>
  );
}
