// "Generate handler": code for a framework that verifies requests like this capture, with the
// capture as a fixture and a ready test. Each target says how Hookscope checked code of its kind.
import { handlerTargets, type HandlerTargetId } from '@shared/handler-types';
import { CodeDialog, CodeFiles, CodeNote, CodeOutcome } from '../../components/CodeDialog';
import { useOperation } from '../../data/use-operation';

const targets = handlerTargets.map((t) => ({ id: t.id, label: `${t.language} · ${t.label}` }));

export function GenerateHandlerDialog({ id, open, onClose }: { id: number; open: boolean; onClose(): void }) {
  return (
    <CodeDialog
      open={open}
      onClose={onClose}
      title="Generate a handler that verifies this request"
      testId="handler-dialog"
      pickerLabel="Framework"
      pickerTestId="handler-target"
      targets={targets}
      storageKey="hookscope.handlerTarget"
      fallback="express"
    >
      {(target) => <Handler id={id} target={target} />}
    </CodeDialog>
  );
}

function Handler({ id, target }: { id: number; target: HandlerTargetId }) {
  const query = useOperation('generateHandler', { id, target });
  const info = handlerTargets.find((t) => t.id === target)!;
  const handler = query.data;
  return (
    <>
      <CodeNote
        data-testid="handler-checked"
        data-unchecked={info.checked.startsWith('Not') ? '' : undefined}
      >
        {info.checked}
      </CodeNote>
      <CodeOutcome pending={query.isPending} error={query.error?.message ?? null} errorTestId="handler-error">
        {handler && (
          <>
            <CodeNote>
              {handler.providerName}: the secret is read from <code>{handler.secretEnv}</code>
              {handler.testCommand && (
                <>
                  ; test on this capture with <code>{handler.testCommand}</code>
                </>
              )}
              .
            </CodeNote>
            <CodeFiles
              files={handler.files.map((f) => ({ name: f.name, content: f.content }))}
              testId="handler-code"
              fileTestId="handler-file"
            />
          </>
        )}
      </CodeOutcome>
    </>
  );
}
