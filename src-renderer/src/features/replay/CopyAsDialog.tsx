// "Copy as…": the capture as code in another language or client (the core writes it with the exact
// body bytes; see codeSnippet). The picker lists every target; the last choice is remembered.
import { snippetTargets, type SnippetTargetId } from '@shared/snippet-types';
import { CodeDialog, CodeFiles, CodeNote, CodeOutcome } from '../../components/CodeDialog';
import { PayloadText } from '../../components/PayloadText';
import { useOperation } from '../../data/use-operation';

const targets = snippetTargets.map((t) => ({
  id: t.id,
  label: `${t.language} · ${t.label}`,
  group: t.language,
}));

export function CopyAsDialog({ id, open, onClose }: { id: number; open: boolean; onClose(): void }) {
  return (
    <CodeDialog
      open={open}
      onClose={onClose}
      title="Copy as code"
      testId="copy-as-dialog"
      pickerLabel="Language"
      pickerTestId="copy-as-target"
      targets={targets}
      storageKey="hookscope.copyAsTarget"
      fallback="python-requests"
    >
      {(target) => <Snippet id={id} target={target} />}
    </CodeDialog>
  );
}

function Snippet({ id, target }: { id: number; target: SnippetTargetId }) {
  // A snippet is derived from the stored bytes: cached per capture and target like any read.
  const { data: snippet, error } = useOperation('copyAs', { id, target });
  return (
    <CodeOutcome pending={!snippet} error={error?.message ?? null} errorTestId="copy-as-error">
      {snippet && (
        <>
          {snippet.body === 'bytes' && (
            <CodeNote>The body is not plain text: the code carries its exact bytes encoded.</CodeNote>
          )}
          {snippet.warnings.map((w) => (
            <CodeNote key={w} warn>
              <PayloadText text={w} />
            </CodeNote>
          ))}
          <CodeFiles files={[{ name: null, content: snippet.code }]} testId="copy-as-code" />
        </>
      )}
    </CodeOutcome>
  );
}
