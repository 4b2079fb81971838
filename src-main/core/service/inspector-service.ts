// InspectorService: the one implementation of the contract. Every adapter (IPC, control API)
// calls `call(name, input)`, which validates with the contract's schema and maps failures to
// InspectorError codes.
import type { GenerateHandlerInput } from '@shared/handler-types';
import { generateHandler, GenerationUnsupported } from '../handlers/generate-handler';
import { operations, type OperationName, type OperationOutputs } from '@shared/contract';
import { InspectorError } from '@shared/errors';
import type { CaptureRow, CaptureStore, ListQuery } from '../store/capture-store';
import type { SettingsStore } from '../settings/settings-store';
import type { Logger } from '../log/logger';
import { EventHub } from './event-hub';
import type { InspectorService } from './types';
import { detailWith, toDetail, toSummary } from './capture-mapping';
import { ANALYSIS_VERSION, analyseCapture } from './analyse-capture';
import { BackgroundWork } from './background-work';
import { AnalysisWorker } from './analysis-worker';
import type { AnalysisContextData, AnalysisOutcome } from './analysis-task';
import type { CaptureSummary } from '@shared/types';
import { LoopDelayMonitor } from './loop-delay-monitor';
import { tunnelOperations } from './tunnel-operations';
import { conversationOperations } from './conversation-operations';
import { registerSecretForRedaction } from '../log/logger';
import { findSchemeInWorker } from './find-scheme';
import { secretOperations } from './secret-operations';
import type { SecretStore } from '../secrets';
import type { TunnelManager } from '../tunnel';
import { ExportJobs, Forwarder, forwardingActive, type ReplayConfigStore } from '../replay';
import { replayOperations } from './replay-operations';
import { forwardRetryOperations } from './forward-retry-operations';
import { signerOf } from '../providers/signer-of';
import { outcomeBits } from '../replay/forward-brief';
import type { ForwardStats } from '@shared/types';
import type { SendOutcome } from '@shared/replay-types';
import { FailureEpisode, storageAdvice } from '../log/failure-episode';
import { isStorageError } from '../store/storage-error';
import { FileWriteError } from '../files/json-file';

export interface ServiceDeps {
  store: CaptureStore;
  settings: SettingsStore;
  secrets: SecretStore;
  tunnel: TunnelManager;
  replayConfig: ReplayConfigStore;
  logger: Logger;
  mode: 'electron' | 'headless';
  version: string;
  receiverUrl: () => string;
  /** What start-up had to do about damaged configuration (shown by the UI as a banner). */
  startupNotices?: readonly string[];
}

const MAX_QUEUED_ROWS = 2000;
/**
 * Bodies larger than this are analysed by the worker (a full diagnosis costs ~50 ms per MB) and
 * not kept in the analysis queue.
 */
const LARGE_BODY_BYTES = 256 * 1024;
/** Captures per job sent to the analysis worker. */
const WORKER_BATCH = 200;
/** Worker results waiting to be written beyond which no more re-verification is sent. */
const MAX_UNWRITTEN_RESULTS = 1000;

type Lane = 'analysis' | 'reverify';

type Handlers = {
  [N in OperationName]: (input: never) => Promise<OperationOutputs[N]> | OperationOutputs[N];
};

export class CoreInspectorService implements InspectorService {
  readonly events = new EventHub();
  /** Rows waiting for analysis; past MAX_QUEUED_ROWS only ids are kept and rows are re-read. */
  private analysisQueue: (CaptureRow | number)[] = [];
  /** Captures to analyse again because secrets or settings changed (ids, oldest first). */
  private reverifyQueue: number[] = [];
  private reverifyTotal = 0;
  /**
   * Captures read back from the store (large bodies, or past the queue limit) and re-verifications
   * are analysed by this worker; their verdicts are written here in small slices.
   */
  private readonly analysisWorker: AnalysisWorker;
  private workerResults: { lane: Lane; outcome: AnalysisOutcome }[] = [];
  /** Ids with the worker, by how many results are due; analysing one here drops its pending results. */
  private withWorker = new Map<number, number>();
  /** Per lane: ids sent to the worker whose result is not written yet. */
  private outstanding: Record<Lane, number> = { analysis: 0, reverify: 0 };
  private readonly background: BackgroundWork;
  private readonly forwarder: Forwarder;
  private readonly exports: ExportJobs;
  private readonly loopDelay = new LoopDelayMonitor({
    onChange: (delay) => this.events.emit('loop.delay', delay),
  });
  private readonly handlers: Handlers;
  private forwardStats: ForwardStats = { forwarded: 0, failed: 0, dropped: 0 };
  private droppedForwards: { id: number; why: string }[] = [];

  constructor(private readonly deps: ServiceDeps) {
    const { store, settings, tunnel, secrets } = deps;
    tunnel.on('status', (status) => this.events.emit('tunnel.status', status));
    const forwardQueue = new FailureEpisode(deps.logger, 'Queueing forwards', storageAdvice(store.dataDir));
    this.forwarder = new Forwarder({
      settings: () => deps.replayConfig.forwardView(),
      queue: store.deliveries,
      load: (id) => store.get(id),
      writable: (resume) => {
        if (store.isClosed) return false;
        if (!store.writesArePaused) return true;
        store.afterWritesHeld(resume);
        return false;
      },
      onQueueWrite: (error) => (error ? forwardQueue.failed(error) : forwardQueue.succeeded()),
      providerOf: (c) =>
        signerOf({
          method: c.method,
          path: c.path,
          headers: c.headers,
          body: c.body,
          providerByPath: settings.get().providerByPath,
        })?.provider ?? null,
      onOutcome: (id, outcome) => this.recordForward(id, outcome),
      onSkipped: (id, why) => {
        deps.logger.warn(`forward of #${id} skipped: ${why}`);
        // Recorded on the capture too (its row says "not forwarded"), after the receiver's turn.
        if (this.droppedForwards.push({ id, why }) === 1) setImmediate(() => this.recordDrops());
      },
    });
    this.exports = new ExportJobs(store.dataDir, store.file, (progress) =>
      this.events.emit('export.progress', progress),
    );
    // While a worker checkpoint holds the write lock, a background write would make this loop
    // wait for it: skip the slice and come back when writes resume.
    const resume = (): void => this.background.poke();
    const whenWritable =
      (step: (deadline: number, receiverBusy: boolean) => boolean) =>
      (deadline: number, receiverBusy: boolean): boolean => {
        if (!store.writesArePaused) return step(deadline, receiverBusy);
        store.afterWritesHeld(resume);
        return false;
      };
    this.analysisWorker = new AnalysisWorker(store.file);
    this.background = new BackgroundWork(
      [
        whenWritable((deadline) => this.writeWorkerResults(deadline)),
        whenWritable((deadline) => this.analyseQueued(deadline)),
        () => this.sendReverification(),
        whenWritable((deadline, receiverBusy) => store.indexInBackground(deadline, receiverBusy)),
      ],
      () => store.lastInsertAt,
      (() => {
        const episode = new FailureEpisode(deps.logger, 'Background work (analysis, search index)', (m) =>
          storageAdvice(store.dataDir)(m).replace('retries by itself', 'pauses it and retries by itself'),
        );
        return { failed: (e: unknown) => episode.failed(e), recovered: () => episode.succeeded() };
      })(),
    );
    // Captures stored but not analysed before the last shutdown.
    this.analysisQueue.push(...store.unanalysedIds());
    if (this.analysisQueue.length) this.background.poke();
    // Captures analysed by an older version of the analysis (before an upgrade): redo them in the
    // background, like a re-verification, so the list and the cards catch up without a restart.
    this.queueReanalysis(store.idsAnalysedBefore(ANALYSIS_VERSION));
    this.resumeForwarding();
    this.handlers = {
      listCaptures: (input: ListQuery) => {
        const page = store.list(input);
        return {
          items: page.items.map(toSummary),
          nextCursor: page.nextCursor,
          total: page.total,
          unindexed: page.unindexed,
        };
      },
      getCapture: async ({ id }: { id: number }) => {
        const gone = () =>
          new InspectorError(
            'not_found',
            `Capture #${id} does not exist (it may have been cleared or evicted by retention).`,
          );
        const found = store.getHead(id);
        if (!found) throw gone();
        // A large body is read, analysed if need be, encoded and hashed on the worker.
        if (found.bodyInParts) {
          const outcome = await this.onWorkerNow(id, { views: true });
          try {
            if (outcome?.kind === 'analysed') this.writeNow(outcome);
          } catch (error) {
            // Disk full or busy: show the capture as stored; the background retries the analysis.
            if (!isStorageError(error)) throw error;
          }
          const head = store.getHead(id)?.head;
          if (!head || !outcome?.views) throw gone();
          return detailWith(head, outcome.views);
        }
        const row = store.get(id);
        if (!row) throw gone();
        // Asked for before the background analysis reached it: analyse now so the answer is complete.
        if (row.analysis === null) {
          try {
            await this.analyseNow(row);
          } catch (error) {
            // Disk full or busy: show the capture as stored; the background retries the analysis.
            if (!isStorageError(error)) throw error;
          }
        }
        return toDetail(row);
      },
      generateHandler: async ({ id, target }: GenerateHandlerInput) => {
        const row = store.get(id);
        if (!row) throw new InspectorError('not_found', `Capture #${id} does not exist.`);
        if (row.analysis === null) await this.analyseNow(row);
        const provider = toDetail(row).signature?.provider ?? null;
        try {
          return generateHandler(
            {
              method: row.method,
              path: row.path,
              url: row.path,
              headers: row.headers,
              body: row.body,
              receivedAtUnix: row.receivedAtUs / 1e6,
            },
            provider,
            target,
            settings.get().genericHmac,
          );
        } catch (error) {
          if (error instanceof GenerationUnsupported)
            throw new InspectorError('invalid_input', error.message);
          throw error;
        }
      },
      clearCaptures: () => {
        this.analysisQueue = [];
        this.reverifyQueue = [];
        // Results still coming from the worker are for captures that no longer exist.
        this.withWorker.clear();
        const removed = store.clear();
        this.events.emit('captures.cleared', { removed });
        this.forwardStats = { forwarded: 0, failed: 0, dropped: 0 };
        this.events.emit('forward.stats', { ...this.forwardStats });
        return { removed };
      },
      getSettings: () => settings.get(),
      updateSettings: (patch: Parameters<SettingsStore['update']>[0]) => {
        const next = settings.update(patch);
        this.events.emit('settings.changed', next);
        // Verdicts depend on these: re-verify what is stored.
        if (['genericHmac', 'providerByPath', 'publicUrl', 'metaVerifyToken'].some((k) => k in patch))
          this.reverify(null);
        return next;
      },
      setCaptureProvider: async ({ id, provider }: { id: number; provider: string | null }) => {
        const row = store.get(id);
        if (!row) throw new InspectorError('not_found', `Capture #${id} does not exist.`);
        store.setProviderOverride(id, provider);
        row.providerOverride = provider;
        await this.analyseNow(row);
        this.events.emit('capture.updated', toSummary(row));
        return toDetail(row);
      },
      getStatus: () => ({
        version: deps.version,
        receiverUrl: deps.receiverUrl(),
        captureCount: store.size().count,
        storedBytes: store.size().bytes,
        databaseFileBytes: store.fileBytes(),
        dataDir: store.dataDir,
        mode: deps.mode,
        publicUrl: this.publicUrl(),
        secretsEncrypted: secrets.encrypted,
        ngrokAuthtokenConfigured: secrets.valuesFor('ngrok').length > 0,
        startupNotices: [...(deps.startupNotices ?? [])],
        forwarding: { ...this.forwardStats },
        loopDelay: this.loopDelay.current(),
      }),
      ...conversationOperations(store),
      ...tunnelOperations(tunnel, settings),
      ...secretOperations(
        secrets,
        settings,
        (provider) => this.reverify(provider),
        (list) => this.events.emit('secrets.changed', list),
      ),
      findSignatureScheme: ({ id, secret }: { id: number; secret: string }) => {
        const row = store.get(id);
        if (!row) throw new InspectorError('not_found', `Capture #${id} does not exist.`);
        registerSecretForRedaction(secret);
        return findSchemeInWorker(row, secret, this.publicUrl());
      },
      ...forwardRetryOperations({
        forwarder: this.forwarder,
        settings: () => deps.replayConfig.forwardView(),
        getCapture: (id) => store.get(id),
        idsWithFailedForwards: () => store.idsWithFailedForwards(),
      }),
      ...replayOperations({
        forwardingChanged: (saved) => {
          this.forwarder.settingsChanged(store.newestId());
          this.events.emit('forwarding.changed', saved);
        },
        responseRulesChanged: (rules) => this.events.emit('responseRules.changed', { rules }),
        config: deps.replayConfig,
        getCapture: (id) => store.get(id),
        allCaptureIds: () => store.allIds(),
        captureCount: () => store.size().count,
        startExportJob: (options) => this.exports.start(options),
        storeDerived: (derived) => store.insert({ ...derived.capture, origin: derived.origin }),
        secrets,
        settings: () => settings.get(),
        receiverUrl: deps.receiverUrl,
        publicUrl: () => this.publicUrl(),
        version: deps.version,
      }),
    };
  }

  async call<N extends OperationName>(name: N, input: unknown): Promise<OperationOutputs[N]> {
    const schema = operations[name];
    if (!schema) throw new InspectorError('unknown_operation', `Unknown operation "${String(name)}".`);
    const parsed = schema.safeParse(input ?? {});
    if (!parsed.success) {
      const detail = parsed.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.length ? i.path.join('.') : 'input'}: ${i.message}`)
        .join('; ');
      throw new InspectorError('invalid_input', `Invalid input for ${name}: ${detail}`);
    }
    try {
      const handler = this.handlers[name] as (
        input: unknown,
      ) => OperationOutputs[N] | Promise<OperationOutputs[N]>;
      return await handler(parsed.data);
    } catch (error) {
      if (error instanceof InspectorError) throw error;
      // Disk full, read-only disk…: the message names the file and says nothing was changed.
      if (error instanceof FileWriteError) throw new InspectorError('unavailable', error.message);
      this.deps.logger.error(`${name} failed: ${(error as Error).message}`);
      throw new InspectorError('internal', `${name} failed: ${(error as Error).message}`);
    }
  }

  /** Where providers reach the receiver: an explicit setting wins over the tunnel's current URL. */
  publicUrl(): string | null {
    const configured = this.deps.settings.get().publicUrl;
    if (configured) return configured;
    const tunnel = this.deps.tunnel.status();
    return tunnel.state === 'online' ? tunnel.url : null;
  }

  on: InspectorService['on'] = (event, listener) => this.events.on(event, listener);
  onAny: InspectorService['onAny'] = (listener) => this.events.onAny(listener);

  /**
   * New captures were committed: announce them at once (the list is live even under load), then
   * analyse them in the background and announce the result as capture.updated.
   */
  capturesCommitted(rows: CaptureRow[]): void {
    if (this.events.hasListeners) for (const row of rows) this.events.emit('capture.added', toSummary(row));
    // Sends start on a later macrotask: the receiver's own answers go out first.
    for (const row of rows) this.forwarder.enqueue(row);
    // Under a sustained burst, don't hold every body in memory: keep ids and read them back later.
    // Large bodies are read back when their turn comes: the queue must not keep them alive.
    for (const row of rows)
      this.analysisQueue.push(
        this.analysisQueue.length < MAX_QUEUED_ROWS && row.body.length <= LARGE_BODY_BYTES ? row : row.id,
      );
    this.background.retrySoon();
    this.background.poke();
  }

  exportFile: InspectorService['exportFile'] = (exportId) => this.exports.file(exportId);

  async stop(): Promise<void> {
    // What is still queued stays in the store and is delivered after the next start.
    this.forwarder.stop();
    this.background.stop();
    this.loopDelay.stop();
    await this.analysisWorker.close();
    await this.exports.close();
  }

  /**
   * After a restart: deliveries still queued resume, and captures acknowledged just before the
   * process ended, whose forwarding was not decided yet, are decided now.
   */
  private resumeForwarding(): void {
    const { store, replayConfig } = this.deps;
    if (forwardingActive(replayConfig.forwardView()))
      for (const id of store.idsAfter(store.deliveries.watermark())) {
        const row = store.get(id);
        if (row) this.forwarder.enqueue(row);
      }
    // Captures that came while forwarding was off are not forwarded later, should it be turned on.
    else this.forwarder.settingsChanged(store.newestId());
    this.forwarder.resume();
  }

  /**
   * What one target answered (or why nothing was sent): stored with the capture's other outcomes,
   * replacing an earlier outcome for the same target (a retry), counted, and shown in its row.
   */
  private recordForward(id: number, outcome: SendOutcome): void {
    const { store } = this.deps;
    if (store.isClosed) return;
    let outcomes: SendOutcome[];
    let replaced: SendOutcome | null = null;
    try {
      const previous = store.forwardsOf(id);
      if (previous === null) return; // the capture was deleted meanwhile
      const at = outcome.targetId === null ? -1 : previous.findIndex((o) => o.targetId === outcome.targetId);
      replaced = at >= 0 ? previous[at]! : null;
      outcomes = at >= 0 ? previous.map((o, i) => (i === at ? outcome : o)) : [...previous, outcome];
      store.setForwards(id, outcomes);
    } catch (error) {
      // The delivery happened; only its record is missing (disk full). The event still shows it.
      this.deps.logger.error(`could not store the forward outcome of #${id}: ${(error as Error).message}`);
      outcomes = [outcome];
    }
    // A row still waiting for analysis is emitted from memory once analysed: keep it current.
    const queued = this.analysisQueue.find((q) => typeof q !== 'number' && q.id === id);
    if (queued && typeof queued !== 'number') queued.forwards = outcomes;
    if (replaced) this.countForward(replaced, -1);
    this.countForward(outcome, 1);
    if (!this.events.hasListeners) return;
    this.events.emit('capture.forwarded', { id, outcomes });
    const row = store.get(id);
    if (row) this.events.emit('capture.updated', toSummary(row));
    this.events.emit('forward.stats', { ...this.forwardStats });
  }

  /** Counts are per delivery (capture × target); a retried delivery takes back its earlier count. */
  private countForward(outcome: SendOutcome, by: 1 | -1): void {
    const stats = this.forwardStats;
    const add = (key: keyof ForwardStats): void => {
      stats[key] = Math.max(0, stats[key] + by);
    };
    if (outcome.error?.code === 'not_sent') {
      add('dropped');
      return;
    }
    add('forwarded');
    const bits = outcomeBits(outcome);
    if (bits.status === null || bits.status >= 400) add('failed');
  }

  private recordDrops(): void {
    const drops = this.droppedForwards;
    this.droppedForwards = [];
    const at = new Date().toISOString();
    for (const { id, why } of drops) {
      this.recordForward(id, {
        targetId: null,
        url: '',
        startedAt: at,
        latencyMs: null,
        durationMs: 0,
        response: null,
        error: { code: 'not_sent', message: `Not forwarded: ${why}.` },
      });
    }
  }

  /**
   * A bug in one capture's analysis is logged and skipped; a storage error (disk full, busy) is
   * thrown so the background slice rolls back and is retried.
   */
  private analyse(row: CaptureRow): void {
    const { store } = this.deps;
    let columns;
    try {
      columns = analyseCapture(row, {
        claimDedupeKeys: (cid, keys) => store.claimDedupeKeys(cid, keys),
        secrets: (provider) => this.deps.secrets.valuesFor(provider),
        settings: this.deps.settings.get(),
        publicUrl: this.publicUrl(),
      });
    } catch (error) {
      if (isStorageError(error)) throw error;
      this.deps.logger.error(`analysis of #${row.id} failed: ${(error as Error).message}`);
      return;
    }
    store.setAnalysis(row.id, columns);
    Object.assign(row, columns);
    // Fresher than anything the worker may still send for it.
    this.withWorker.delete(row.id);
  }

  /**
   * Analyse one capture for a caller waiting on the answer: here when its body is small, else on
   * the worker (ahead of its queue), then written like any other result.
   */
  private async analyseNow(row: CaptureRow): Promise<void> {
    if (row.body.length <= LARGE_BODY_BYTES) return this.analyse(row);
    const outcome = await this.onWorkerNow(row.id, { redo: true });
    const columns = outcome?.kind === 'analysed' ? this.writeNow(outcome) : null;
    if (columns) Object.assign(row, columns);
  }

  /**
   * One capture on the worker, ahead of its queue, for a caller waiting on the answer: analysed
   * (again, with `redo`; else only if it never was); with `views`, also what the detail shows of
   * its body. The caller writes the analysis (writeNow).
   */
  private async onWorkerNow(
    id: number,
    options: { redo?: boolean; views?: boolean },
  ): Promise<AnalysisOutcome | undefined> {
    let outcome: AnalysisOutcome | undefined;
    await this.analysisWorker.run(
      [id],
      this.workerContext(),
      { skipAnalysed: !options.redo, first: true, views: options.views },
      (o) => {
        outcome = o[0];
      },
    );
    if (outcome?.kind === 'failed') this.deps.logger.error(`analysis of #${id} failed: ${outcome.error}`);
    return outcome;
  }

  /** Writes what the worker just analysed for a waiting caller; fresher than any queued result. */
  private writeNow(outcome: Extract<AnalysisOutcome, { kind: 'analysed' }>) {
    if (this.deps.store.isClosed) return null;
    const columns = this.writeAnalysed(outcome);
    this.withWorker.delete(outcome.id);
    return columns;
  }

  /** What the worker needs to analyse as this thread would now (secrets stay in this process). */
  private workerContext(): AnalysisContextData {
    const secrets: AnalysisContextData['secrets'] = {};
    for (const { provider } of this.deps.secrets.list())
      secrets[provider] ??= this.deps.secrets.valuesFor(provider);
    return { secrets, settings: this.deps.settings.get(), publicUrl: this.publicUrl() };
  }

  /** Send ids to the worker; their outcomes are written by writeWorkerResults. */
  private sendToWorker(lane: Lane, ids: number[]): void {
    for (const id of ids) this.withWorker.set(id, (this.withWorker.get(id) ?? 0) + 1);
    this.outstanding[lane] += ids.length;
    void this.analysisWorker.run(
      ids,
      this.workerContext(),
      { skipAnalysed: lane === 'analysis' },
      (outcomes) => {
        for (const outcome of outcomes) this.workerResults.push({ lane, outcome });
        this.background.poke();
      },
    );
  }

  /** Claims the redelivery keys and stores the worker's analysis; returns the columns stored. */
  private writeAnalysed(outcome: Extract<AnalysisOutcome, { kind: 'analysed' }>) {
    const { store } = this.deps;
    const duplicateOf = outcome.dedupeKeys.length
      ? store.claimDedupeKeys(outcome.id, outcome.dedupeKeys)
      : null;
    const columns = { ...outcome.columns, duplicateOf };
    store.setAnalysis(outcome.id, columns);
    return columns;
  }

  /** One background slice writing the worker's verdicts, in the order they were asked for. */
  private writeWorkerResults(deadline: number): boolean {
    const { store } = this.deps;
    if (store.isClosed || this.workerResults.length === 0) return false;
    const updated: CaptureSummary[] = [];
    let taken = 0;
    const consumed = new Map<number, number>();
    store.transaction(() => {
      while (taken < this.workerResults.length && performance.now() < deadline) {
        const { outcome } = this.workerResults[taken++]!;
        const due = (this.withWorker.get(outcome.id) ?? 0) - (consumed.get(outcome.id) ?? 0);
        // Analysed here meanwhile (or cleared): that answer is fresher.
        if (due <= 0) continue;
        consumed.set(outcome.id, (consumed.get(outcome.id) ?? 0) + 1);
        if (outcome.kind === 'failed')
          this.deps.logger.error(`analysis of #${outcome.id} failed: ${outcome.error}`);
        if (outcome.kind !== 'analysed') continue;
        const { duplicateOf } = this.writeAnalysed(outcome);
        updated.push({ ...outcome.summary, duplicateOf });
      }
    });
    // Only a commit gets here: on a throw (disk full) the results stay queued for the retry.
    for (const [id, n] of consumed) {
      const left = (this.withWorker.get(id) ?? 0) - n;
      if (left > 0) this.withWorker.set(id, left);
      else this.withWorker.delete(id);
    }
    const written = this.workerResults.splice(0, taken);
    for (const { lane } of written) this.outstanding[lane]--;
    if (this.events.hasListeners) for (const summary of updated) this.events.emit('capture.updated', summary);
    if (written.some((w) => w.lane === 'reverify')) this.emitReverifyProgress();
    return this.workerResults.length > 0;
  }

  private emitReverifyProgress(): void {
    this.events.emit('analysis.progress', {
      done: this.reverifyTotal - this.reverifyQueue.length - this.outstanding.reverify,
      total: this.reverifyTotal,
    });
  }

  /** Queue re-verification of the captures a change affects (null: every capture). */
  private reverify(provider: string | null): void {
    this.queueReanalysis(this.deps.store.idsForProvider(provider));
  }

  private queueReanalysis(ids: number[]): void {
    const queued = new Set(this.reverifyQueue);
    // What the worker is analysing now was sent with the secrets and settings of before.
    for (const id of [...ids, ...this.withWorker.keys()])
      if (!queued.has(id)) {
        queued.add(id);
        this.reverifyQueue.push(id);
      }
    this.reverifyTotal = this.reverifyQueue.length + this.outstanding.reverify;
    if (this.reverifyTotal > 0) {
      this.emitReverifyProgress();
      this.background.poke();
    }
  }

  /**
   * Re-verification runs on the worker, WORKER_BATCH captures a job, two jobs queued so it never
   * waits between them; nothing more is sent while the loop is behind writing the verdicts.
   */
  private sendReverification(): boolean {
    if (this.deps.store.isClosed) return false;
    while (
      this.reverifyQueue.length > 0 &&
      this.analysisWorker.pendingJobs < 2 &&
      this.workerResults.length < MAX_UNWRITTEN_RESULTS
    )
      this.sendToWorker('reverify', this.reverifyQueue.splice(0, WORKER_BATCH));
    // The worker's results poke the background when they arrive.
    return false;
  }

  /** One background slice of analysis: a single transaction for every row it reaches. */
  private analyseQueued(deadline: number): boolean {
    const { store } = this.deps;
    if (store.isClosed || this.analysisQueue.length === 0) return false;
    // Redeliveries are claimed in queue order: rows after a batch with the worker wait for it.
    if (this.outstanding.analysis > 0) return false;
    // Captures not kept in memory (large bodies, or past the queue limit) are read and analysed by
    // the worker, a batch of consecutive ones at a time.
    if (typeof this.analysisQueue[0] === 'number') {
      let n = 0;
      while (n < WORKER_BATCH && typeof this.analysisQueue[n] === 'number') n++;
      this.sendToWorker('analysis', this.analysisQueue.splice(0, n) as number[]);
      return false;
    }
    const done: CaptureRow[] = [];
    const taken: number[] = [];
    try {
      store.transaction(() => {
        while (typeof this.analysisQueue[0] === 'object' && performance.now() < deadline) {
          const row = this.analysisQueue.shift() as CaptureRow;
          // getCapture may have analysed it already.
          if (row.analysis !== null) continue;
          taken.push(row.id);
          this.analyse(row);
          done.push(row);
        }
      });
    } catch (error) {
      // Rolled back: the rows are unanalysed on disk again; re-read them on the retry.
      this.analysisQueue.unshift(...taken);
      throw error;
    }
    if (this.events.hasListeners) for (const row of done) this.events.emit('capture.updated', toSummary(row));
    return this.analysisQueue.length > 0;
  }
}
