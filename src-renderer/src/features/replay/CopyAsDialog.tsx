// "Copy as…": the capture as code in another language or client (the core writes it with the exact
// body bytes; see codeSnippet). The picker lists every target; the last choice is remembered.
import { useState } from 'react';
import { snippetTargets, type CodeSnippet, type SnippetTargetId } from '@shared/snippet-types';
import { CodePreview } from '../../components/CodePreview';
import { Dialog } from '../../components/Dialog';
import { PayloadText } from '../../components/PayloadText';
import { useOperation } from '../../data/use-operation';

const STORAGE_KEY = 'hookscope.copyAsTarget';
const languages = [...new Set(snippetTargets.map((t) => t.language))];

function rememberedTarget(): SnippetTargetId {
  const saved = localStorage.getItem(STORAGE_KEY);
  return snippetTargets.find((t) => t.id === saved)?.id ?? 'python-requests';
}

export function CopyAsDialog({ id, open, onClose }: { id: number; open: boolean; onClose(): void }) {
  return (
    <Dialog
      open={open}
      title="Copy as code"
      onClose={onClose}
      className="tunnel-dialog code-dialog"
      testId="copy-as-dialog"
    >
      <CopyAsBody id={id} />
    </Dialog>
  );
}

function CopyAsBody({ id }: { id: number }) {
  const [target, setTarget] = useState<SnippetTargetId>(rememberedTarget);
  // A snippet is derived from the stored bytes: cached per capture and target like any read.
  const { data: snippet, error } = useOperation('copyAs', { id, target });
  const shown: { snippet: CodeSnippet } | { error: string } | null = snippet
    ? { snippet }
    : error
      ? { error: error.message }
      : null;
  return (
    <div className="dialog-body code-dialog-body">
      <label className="code-dialog-picker">
        Language
        <select
          value={target}
          data-testid="copy-as-target"
          data-autofocus=""
          onChange={(e) => {
            const next = e.currentTarget.value as SnippetTargetId;
            localStorage.setItem(STORAGE_KEY, next);
            setTarget(next);
          }}
        >
          {languages.map((language) => (
            <optgroup key={language} label={language}>
              {snippetTargets
                .filter((t) => t.language === language)
                .map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.language} · {t.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      {!shown && <p className="code-dialog-note">Writing…</p>}
      {shown && 'error' in shown && (
        <p className="code-dialog-error" role="alert" data-testid="copy-as-error">
          <PayloadText text={shown.error} />
        </p>
      )}
      {shown && 'snippet' in shown && (
        <>
          {shown.snippet.body === 'bytes' && (
            <p className="code-dialog-note">
              The body is not plain text: the code carries its exact bytes encoded.
            </p>
          )}
          {shown.snippet.warnings.map((w) => (
            <p key={w} className="code-dialog-note" data-kind="warn">
              <PayloadText text={w} />
            </p>
          ))}
          <CodePreview code={shown.snippet.code} fileName={null} testId="copy-as-code" />
        </>
      )}
    </div>
  );
}
