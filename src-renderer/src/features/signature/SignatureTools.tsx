// The top-bar entry to the signature tools: one button, one dialog with two panels — stored
// secrets, and verifying a pasted request.
import { useEffect, useRef, useState } from 'react';
import { Icon } from '../../components/Icon';
import { Tabs } from '../../components/Tabs';
import { SecretsPanel } from '../secrets/SecretsPanel';
import { VerifyPanel } from '../verify/VerifyPanel';
import { SigIcon } from './SigIcon';
import { onOpenSignatureTools, type SignatureToolsPanel } from './tools-bus';

export function SignatureToolsButton() {
  const [panel, setPanel] = useState<SignatureToolsPanel | null>(null);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => onOpenSignatureTools((p) => setPanel(p)), []);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (panel && !dialog.open) dialog.showModal();
    else if (!panel && dialog.open) dialog.close();
  }, [panel]);

  return (
    <>
      <button
        type="button"
        className="btn btn-ghost sig-tools-button"
        onClick={() => setPanel('secrets')}
        title="Signing secrets and verifying pasted requests"
        data-testid="signature-tools"
      >
        <SigIcon name="key" />
        <span>Signatures</span>
      </button>
      <dialog
        ref={ref}
        className="dialog sig-tools-dialog"
        aria-labelledby="sig-tools-title"
        // React forwards a nested dialog's cancel/close (the delete confirmation) up the component
        // tree: only this dialog's own events close it.
        onCancel={(e) => {
          if (e.target !== e.currentTarget) return;
          e.preventDefault();
          setPanel(null);
        }}
        onClose={(e) => {
          if (e.target === e.currentTarget) setPanel(null);
        }}
        onKeyDown={(e) => e.stopPropagation()}
        data-testid="signature-tools-dialog"
      >
        {panel && (
          <>
            <header className="sig-tools-head">
              <h2 id="sig-tools-title" className="dialog-title">
                Signatures
              </h2>
              <button
                type="button"
                className="btn btn-ghost btn-icon"
                aria-label="Close"
                title="Close (Esc)"
                onClick={() => setPanel(null)}
              >
                <Icon name="x" />
              </button>
            </header>
            <Tabs<SignatureToolsPanel>
              id="sig-tools"
              active={panel}
              onChange={(key) => setPanel(key)}
              tabs={[
                { key: 'secrets', label: 'Secrets' },
                { key: 'verify', label: 'Verify a pasted request' },
              ]}
            />
            <div
              className="sig-tools-body"
              role="tabpanel"
              id="sig-tools-panel"
              aria-labelledby={`sig-tools-tab-${panel}`}
            >
              {/* Both stay mounted so a half-pasted request survives a look at the secrets. */}
              <div hidden={panel !== 'secrets'} className="sig-tools-pane">
                <SecretsPanel />
              </div>
              <div hidden={panel !== 'verify'} className="sig-tools-pane">
                <VerifyPanel />
              </div>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
