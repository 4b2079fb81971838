// "Generate handler": code for a framework that verifies requests like this capture, with the
// capture as a fixture and a ready test. Each target says how Hookscope checked code of its kind.
import { useState } from 'react';
import { handlerTargets, type HandlerTargetId } from '@shared/handler-types';
import { CodePreview } from '../../components/CodePreview';
import { Dialog } from '../../components/Dialog';
import { PayloadText } from '../../components/PayloadText';
import { useOperation } from '../../data/use-operation';

const STORAGE_KEY = 'hookscope.handlerTarget';

function rememberedTarget(): HandlerTargetId {
  const saved = localStorage.getItem(STORAGE_KEY);
  return handlerTargets.find((t) => t.id === saved)?.id ?? 'express';
}

export function GenerateHandlerDialog({ id, open, onClose }: { id: number; open: boolean; onClose(): void }) {
  return (
    <Dialog
      open={open}
      title="Generate a handler that verifies this request"
      onClose={onClose}
      className="tunnel-dialog code-dialog"
      testId="handler-dialog"
    >
      <HandlerBody id={id} />
    </Dialog>
  );
}

function HandlerBody({ id }: { id: number }) {
  const [target, setTarget] = useState<HandlerTargetId>(rememberedTarget);
  const [fileIndex, setFileIndex] = useState(0);
  const query = useOperation('generateHandler', { id, target });
  const info = handlerTargets.find((t) => t.id === target)!;
  const handler = query.data;
  const file = handler?.files[Math.min(fileIndex, handler.files.length - 1)];
  return (
    <div className="dialog-body code-dialog-body">
      <label className="code-dialog-picker">
        Framework
        <select
          value={target}
          data-testid="handler-target"
          data-autofocus=""
          onChange={(e) => {
            const next = e.currentTarget.value as HandlerTargetId;
            localStorage.setItem(STORAGE_KEY, next);
            setTarget(next);
            setFileIndex(0);
          }}
        >
          {handlerTargets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.language} · {t.label}
            </option>
          ))}
        </select>
      </label>
      <p
        className="code-dialog-note"
        data-testid="handler-checked"
        data-unchecked={info.checked.startsWith('Not') ? '' : undefined}
      >
        {info.checked}
      </p>
      {query.isPending && <p className="code-dialog-note">Writing…</p>}
      {query.error && (
        <p className="code-dialog-error" role="alert" data-testid="handler-error">
          <PayloadText text={query.error.message} />
        </p>
      )}
      {handler && file && (
        <>
          <p className="code-dialog-note">
            {handler.providerName}: the secret is read from <code>{handler.secretEnv}</code>
            {handler.testCommand && (
              <>
                ; test on this capture with <code>{handler.testCommand}</code>
              </>
            )}
            .
          </p>
          <div className="code-dialog-files" role="tablist" aria-label="Files">
            {handler.files.map((f, i) => (
              <button
                key={f.name}
                type="button"
                role="tab"
                aria-selected={f === file}
                className={`btn btn-xs${f === file ? ' is-active' : ' btn-ghost'}`}
                onClick={() => setFileIndex(i)}
                data-testid="handler-file"
              >
                {f.name}
              </button>
            ))}
          </div>
          <CodePreview code={file.content} fileName={file.name} testId="handler-code" />
        </>
      )}
    </div>
  );
}
