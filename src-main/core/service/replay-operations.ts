// Replay operations (issue 7): forward settings, response rules, replay with edit and re-sign,
// test events, export and import. The service stores what these produce through `storeDerived`,
// so the capture table and its events stay the service's business.
import { genericConfigFor } from '../providers/generic/config-for-path';
import { randomBytes } from 'node:crypto';
import { forwardLoopProblem } from '../replay/forward-loop';
import { InspectorError } from '@shared/errors';
import type {
  ComposedEvent,
  ComposeEventInput,
  EventTemplateInfo,
  ExportCapturesInput,
  ExportResult,
  ExportStarted,
  ForwardSettings,
  ImportResult,
  ReplayCaptureInput,
  ReplayResult,
  ResponseRule,
  ResponseRuleInput,
  SendOutcome,
  SentTestEvent,
} from '@shared/replay-types';
import type { Settings } from '@shared/types';
import type { CodeSnippet, CopyAsInput } from '@shared/snippet-types';
import { captureUrl } from '../replay/capture-url';
import { codeSnippet, SnippetUnavailable } from '../replay/snippets/code-snippet';
import {
  buildOutgoing,
  composeEvent,
  describeSent,
  eventTypesOf,
  exportCaptures,
  importHar,
  listEventTemplates,
  prepareReplay,
  replayCapture,
  sendRequest,
  targetsFor,
  validateResponseRules,
  type DerivedCapture,
  type ExportOptions,
  type OutgoingRequest,
  type ReplayConfigStore,
  type SendOptions,
} from '../replay';
import type { SecretStore } from '../secrets';
import { detectProvider } from '../signatures';
import type { CaptureRow } from '../store/capture-store';
import { nowMicros } from '../store/clock';

export interface ReplayOperationDeps {
  /** Tell every window what was saved (forward settings, response rules). */
  forwardingChanged?: (settings: ForwardSettings) => void;
  responseRulesChanged?: (rules: ResponseRule[]) => void;
  config: ReplayConfigStore;
  getCapture: (id: number) => CaptureRow | null;
  /** Every stored capture id, oldest first (export of "everything"). */
  allCaptureIds: () => number[];
  /** Store a replayed or imported capture with its origin; resolves with the new id once committed. */
  storeDerived: (draft: DerivedCapture) => Promise<number>;
  secrets: Pick<SecretStore, 'valuesFor'>;
  settings: () => Settings;
  receiverUrl: () => string;
  publicUrl: () => string | null;
  version: string;
  /** Start a file export on a worker thread (the selection, or every capture when null). */
  startExportJob: (options: ExportOptions & { ids: number[] | null }) => ExportStarted;
  /** How many captures are stored (exportCaptures refuses "everything" past its limit). */
  captureCount: () => number;
  send?: (req: OutgoingRequest, options: SendOptions) => Promise<SendOutcome>;
  nowMs?: () => number;
}

/**
 * exportCaptures builds its answer in memory on the caller's loop: it is for a few captures (a
 * curl command to copy). Past these limits the answer says to use startExport (a file, written
 * by a worker).
 */
export const MAX_EXPORT_BODY_BYTES = 64 * 1024 * 1024;
export const MAX_TEXT_EXPORT_CAPTURES = 1000;

export function replayOperations(deps: ReplayOperationDeps) {
  const send = deps.send ?? sendRequest;
  const nowUnix = () => Math.floor((deps.nowMs?.() ?? Date.now()) / 1000);
  const hex = (n: number) => randomBytes(n).toString('hex');

  const requireCapture = (id: number): CaptureRow => {
    const row = deps.getCapture(id);
    if (!row)
      throw new InspectorError(
        'not_found',
        `Capture #${id} does not exist (it may have been cleared or evicted by retention).`,
      );
    return row;
  };

  const providerOf = (row: CaptureRow): string | null =>
    row.providerOverride ??
    deps.settings().providerByPath.find((r) => row.path.startsWith(r.pathPrefix))?.provider ??
    detectProvider(row.headers, row.body, { method: row.method, path: row.path });

  const composeContext = () => ({
    secrets: (p: string) => deps.secrets.valuesFor(p),
    defaultBaseUrl: deps.receiverUrl(),
    nowUnix: nowUnix(),
    hex,
    generic: deps.settings().genericHmac ?? undefined,
  });

  const compose = (input: ComposeEventInput) => {
    const result = composeEvent(input, composeContext());
    if (!result.ok)
      throw new InspectorError(
        result.problem.startsWith('no event template') ? 'not_found' : 'invalid_input',
        `Cannot compose: ${result.problem}.`,
      );
    return result;
  };

  return {
    getForwardSettings: (): ForwardSettings => deps.config.forward(),

    setForwardSettings: (input: ForwardSettings): ForwardSettings => {
      const ids = input.targets.map((t) => t.id);
      const dup = ids.find((id, i) => ids.indexOf(id) !== i);
      if (dup) throw new InspectorError('invalid_input', `Forward target id "${dup}" is used twice.`);
      for (const target of input.targets) {
        const loop = forwardLoopProblem(target.url, {
          receiverUrl: deps.receiverUrl(),
          publicUrl: deps.publicUrl(),
        });
        if (loop)
          throw new InspectorError(
            'invalid_input',
            `Forward target "${target.id}" (${target.url}) would loop: ${loop}. Every forwarded request would be received and forwarded again; forward to your handler's own address instead.`,
          );
      }
      const saved = deps.config.setForward(input);
      deps.forwardingChanged?.(saved);
      return saved;
    },

    getResponseRules: (): { rules: ResponseRule[] } => ({ rules: [...deps.config.responseRules()] }),

    setResponseRules: ({ rules }: { rules: ResponseRuleInput[] }): { rules: ResponseRule[] } => {
      const checked = validateResponseRules(rules);
      if (!checked.ok)
        throw new InspectorError('invalid_input', `Invalid response rules: ${checked.problems.join('; ')}`);
      const saved = deps.config.setResponseRules(checked.rules);
      deps.responseRulesChanged?.(saved);
      return { rules: saved };
    },

    replayCapture: async (input: ReplayCaptureInput): Promise<ReplayResult> => {
      const row = requireCapture(input.id);
      let targetUrl = input.targetUrl;
      let pathMode = input.pathMode ?? 'replace';
      if (!targetUrl) {
        // Replay is a deliberate click: the paused flag does not apply, the routing rules do.
        const forward = { ...deps.config.forward(), paused: false };
        const facts = {
          path: input.edits?.path ?? row.path,
          provider: providerOf(row),
          eventTypes: eventTypesOf(row),
        };
        const target = targetsFor(forward, facts)[0] ?? forward.targets.find((t) => t.enabled);
        if (!target)
          throw new InspectorError(
            'invalid_input',
            'No forward target is set: give a targetUrl or add a forward target.',
          );
        targetUrl = target.url;
        pathMode = input.pathMode ?? target.pathMode;
      }
      const prepared = prepareReplay(
        {
          id: row.id,
          method: row.method,
          path: row.path,
          headers: row.headers,
          body: row.body,
          bodyTruncated: row.bodyTruncated,
        },
        {
          targetUrl,
          pathMode,
          edits: input.edits,
          resign: input.resign
            ? {
                provider: input.provider ?? providerOf(row),
                secrets: (p) => deps.secrets.valuesFor(p),
                secretLabel: input.secretLabel,
                nowUnix: nowUnix(),
                newId: () => `msg_${hex(12)}`,
                generic: genericConfigFor(deps.settings(), row.path),
              }
            : undefined,
        },
      );
      if (!prepared.ok)
        throw new InspectorError('invalid_input', `Cannot replay #${row.id}: ${prepared.problem}.`);
      const outcome = await send(prepared.request, {});
      const captureId = await deps.storeDerived(
        replayCapture(row.id, prepared.request, outcome, prepared.resigned !== null, nowMicros()),
      );
      return {
        captureId,
        replayOf: row.id,
        sent: describeSent(prepared.request),
        outcome,
        resigned: prepared.resigned,
        warnings: prepared.warnings,
      };
    },

    listEventTemplates: (): EventTemplateInfo[] => listEventTemplates(),

    composeEvent: (input: ComposeEventInput): ComposedEvent => compose(input).event,

    sendTestEvent: async (input: ComposeEventInput): Promise<SentTestEvent> => {
      const { event, body } = compose(input);
      const outcome = await send(
        buildOutgoing({ method: event.method, headers: event.headers, body }, event.url),
        {},
      );
      return { composed: event, outcome };
    },

    startExport: (input: ExportCapturesInput): ExportStarted =>
      deps.startExportJob({
        format: input.format,
        ids: input.ids ?? null,
        baseUrl: input.baseUrl ?? deps.publicUrl() ?? deps.receiverUrl(),
        version: deps.version,
        nowUs: (deps.nowMs?.() ?? Date.now()) * 1000,
      }),

    exportCaptures: (input: ExportCapturesInput): ExportResult => {
      if ((input.ids?.length ?? deps.captureCount()) > MAX_TEXT_EXPORT_CAPTURES) {
        throw new InspectorError(
          'payload_too_large',
          `exportCaptures answers with text for up to ${MAX_TEXT_EXPORT_CAPTURES} captures: use startExport for a file.`,
        );
      }
      const ids = input.ids ?? deps.allCaptureIds();
      const rows: CaptureRow[] = [];
      const missing: number[] = [];
      let bytes = 0;
      for (const id of ids) {
        const row = deps.getCapture(id);
        if (!row) {
          missing.push(id);
          continue;
        }
        bytes += row.body.length + row.responseBody.length;
        if (bytes > MAX_EXPORT_BODY_BYTES) {
          throw new InspectorError(
            'payload_too_large',
            `The export would hold over ${MAX_EXPORT_BODY_BYTES / 1024 / 1024} MB of bodies: use startExport for a file.`,
          );
        }
        rows.push(row);
      }
      const result = exportCaptures(rows, {
        format: input.format,
        baseUrl: input.baseUrl ?? deps.publicUrl() ?? deps.receiverUrl(),
        version: deps.version,
        nowUs: (deps.nowMs?.() ?? Date.now()) * 1000,
      });
      if (missing.length)
        result.warnings.push(
          `Not found (cleared or evicted): ${missing
            .slice(0, 20)
            .map((id) => `#${id}`)
            .join(', ')}${missing.length > 20 ? '…' : ''}.`,
        );
      return result;
    },

    copyAs: (input: CopyAsInput): CodeSnippet => {
      const row = deps.getCapture(input.id);
      if (!row) throw new InspectorError('not_found', `Capture #${input.id} not found.`);
      // Not normalised through URL(): the path goes out byte for byte as it was received.
      const url = captureUrl(
        { path: row.path, headers: [] },
        input.baseUrl ?? deps.publicUrl() ?? deps.receiverUrl(),
      );
      try {
        const snippet = codeSnippet(
          { method: row.method, url, headers: row.headers, body: row.body },
          input.target,
        );
        if (row.bodyTruncated)
          snippet.warnings.unshift(
            'Only part of the body was kept (it was over the size limit): the code sends that part.',
          );
        return snippet;
      } catch (error) {
        if (error instanceof SnippetUnavailable) throw new InspectorError('invalid_input', error.message);
        throw error;
      }
    },

    importHar: async ({ har }: { har: string }): Promise<ImportResult> => {
      let parsed: ReturnType<typeof importHar>;
      try {
        parsed = importHar(har);
      } catch (error) {
        throw new InspectorError('invalid_input', (error as Error).message);
      }
      // All inserts are issued in one turn, so the store commits them as one transaction.
      const ids = await Promise.all(parsed.captures.map((draft) => deps.storeDerived(draft)));
      return { ids, warnings: parsed.warnings };
    },
  };
}
