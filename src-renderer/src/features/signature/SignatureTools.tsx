// The top-bar entry to the signature tools: one button, one dialog with two panels — stored
// secrets, and verifying a pasted request.
import { ToolsDialog } from '../../components/ToolsDialog';
import { SecretsPanel } from '../secrets/SecretsPanel';
import { VerifyPanel } from '../verify/VerifyPanel';
import { SigIcon } from './SigIcon';
import { useToolsPanel, type SignatureToolsPanel } from '../../state/tools-context';
import styles from './signature.module.css';

export function SignatureToolsButton() {
  const [panel, setPanel] = useToolsPanel('signature');

  return (
    <>
      <button
        type="button"
        className={`btn btn-ghost ${styles['sig-tools-button']}`}
        onClick={() => setPanel('secrets')}
        title="Signing secrets and verifying pasted requests"
        data-testid="signature-tools"
      >
        <SigIcon name="key" />
        <span>Signatures</span>
      </button>
      <ToolsDialog<SignatureToolsPanel>
        id="sig-tools"
        title="Signatures"
        panel={panel}
        onPanel={setPanel}
        tabs={[
          { key: 'secrets', label: 'Secrets', content: <SecretsPanel /> },
          { key: 'verify', label: 'Verify a pasted request', content: <VerifyPanel /> },
        ]}
        classNames={{
          dialog: styles['sig-tools-dialog']!,
          head: styles['sig-tools-head']!,
          body: styles['sig-tools-body']!,
          pane: styles['sig-tools-pane'],
        }}
        testId="signature-tools-dialog"
      />
    </>
  );
}
