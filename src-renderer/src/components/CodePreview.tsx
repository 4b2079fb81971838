// Generated code shown as text (never as HTML), with Copy and Download. Shared by "Copy as" and
// "Generate handler".
import { useCopyState } from './CopyButton';
import { Icon } from './Icon';
import styles from './CodePreview.module.css';

function download(code: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([code], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has its own reference by now; the URL is not needed any more.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function CodePreview({
  code,
  fileName,
  testId,
}: {
  code: string;
  /** Offered for Download; null hides the button. */
  fileName: string | null;
  testId?: string;
}) {
  const { state, copy } = useCopyState();
  return (
    <div className={styles.preview}>
      <pre className={`${styles.text} mono`} data-testid={testId} tabIndex={0}>
        {code}
      </pre>
      <div className={styles.actions}>
        <button type="button" className="btn btn-xs" data-state={state} onClick={() => copy(code)}>
          <Icon name={state === 'copied' ? 'check' : 'copy'} size={12} />
          {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
        </button>
        {fileName && (
          <button
            type="button"
            className="btn btn-xs"
            data-testid={testId && `${testId}-download`}
            onClick={() => download(code, fileName)}
          >
            Download {fileName}
          </button>
        )}
      </div>
    </div>
  );
}
