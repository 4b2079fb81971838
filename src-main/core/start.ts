// startCore: open the store, start the receiver and build the service. Shared by the Electron
// shell and the headless server; plain Node only.
import { CaptureStore } from './store/capture-store';
import { SettingsStore } from './settings/settings-store';
import { createReceiver } from './receiver/receiver';
import { CoreInspectorService } from './service/inspector-service';
import { createLogger, type Logger } from './log/logger';
import type { InspectorService } from './service/types';
import type { Settings } from '@shared/types';
import { join } from 'node:path';
import { FileSecretStore, type SecretStore } from './secrets';
import { TunnelManager, type NgrokLike } from './tunnel';
import { registerSecretForRedaction } from './log/logger';
import { ReplayConfigStore } from './replay';
import { acquireDataDirLock } from './store/data-dir-lock';
import { mkdirSync } from 'node:fs';

export interface StartCoreOptions {
  dataDir: string;
  receiverHost?: string;
  receiverPort?: number;
  mode: 'electron' | 'headless';
  version?: string;
  logger?: Logger;
  settingsOverrides?: Partial<Settings>;
  bodyIdleTimeoutMs?: number;
  /** Whole-body deadline (slow drips); default 120 s. */
  bodyDeadlineMs?: number;
  /** Memory for request bodies in flight (default 256 MB); past it large bodies are answered 503. */
  inFlightBudgetBytes?: number;
  headersTimeoutMs?: number;
  /** Default: a plain 0600 JSON file in the data dir (headless). Electron passes a safeStorage-backed one. */
  secretStore?: SecretStore;
  /** Default: the real @ngrok/ngrok, loaded on first start. Tests inject a fake. */
  ngrok?: NgrokLike | (() => Promise<NgrokLike>);
}

export interface RunningCore {
  service: InspectorService;
  receiverUrl: string;
  receiverPort: number;
  /** A port that must never be exposed by the tunnel (the control API's). */
  protectPort(port: number): void;
  close(): Promise<void>;
}

export const DEFAULT_RECEIVER_PORT = 8787;

export async function startCore(options: StartCoreOptions): Promise<RunningCore> {
  const logger = options.logger ?? createLogger();
  // 0700: the directory holds the database, settings (Meta's verify token) and secrets.
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  // Held for the process's lifetime; refused (with the other PID) if another Hookscope has it.
  const lock = acquireDataDirLock(options.dataDir);
  try {
    return await startLocked(options, logger, lock.release);
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function startLocked(
  options: StartCoreOptions,
  logger: Logger,
  releaseLock: () => void,
): Promise<RunningCore> {
  const settings = new SettingsStore(options.dataDir, options.settingsOverrides);
  let service: CoreInspectorService | null = null;
  const store = new CaptureStore(options.dataDir, {
    retention: () => {
      const s = settings.get();
      return { maxCaptures: s.retentionMaxCaptures, maxBytes: s.retentionMaxBytes };
    },
    onCommitted: (rows) => service?.capturesCommitted(rows),
  });
  const replayConfig = new ReplayConfigStore(options.dataDir);
  // Damaged configuration was moved aside or disabled: say so in the log and, through getStatus, the UI.
  const startupNotices = [...settings.loadNotes(), ...replayConfig.loadNotes()];
  for (const notice of startupNotices) logger.warn(notice);
  const receiver = createReceiver({
    responseRules: () => replayConfig.responseRules(),
    providerByPath: () => settings.get().providerByPath,
    store,
    logger,
    maxBodyBytes: () => settings.get().receiverMaxBodyBytes,
    metaVerifyToken: () => settings.get().metaVerifyToken,
    // Declared below; only read when a request arrives, by then it exists.
    secretsOf: (provider) => secrets.valuesFor(provider).map((s) => s.value),
    bodyIdleTimeoutMs: options.bodyIdleTimeoutMs,
    bodyDeadlineMs: options.bodyDeadlineMs,
    inFlightBudgetBytes: options.inFlightBudgetBytes,
    headersTimeoutMs: options.headersTimeoutMs,
  });
  let listening: { port: number; url: string };
  try {
    listening = await receiver.listen(
      options.receiverPort ?? DEFAULT_RECEIVER_PORT,
      options.receiverHost ?? '127.0.0.1',
    );
  } catch (error) {
    store.close();
    throw error;
  }
  const secrets = options.secretStore ?? new FileSecretStore(join(options.dataDir, 'secrets.json'));
  for (const { value } of secrets.valuesFor('ngrok')) registerSecretForRedaction(value);
  const protectedPorts: number[] = [];
  const tunnel = new TunnelManager({
    ngrok: options.ngrok,
    receiverPort: () => listening.port,
    forbiddenPorts: () => protectedPorts,
    getAuthtoken: () => secrets.valuesFor('ngrok')[0]?.value ?? null,
    saveAuthtoken: (token) => {
      registerSecretForRedaction(token);
      secrets.put('ngrok', 'authtoken', token);
    },
    log: (line) => logger.info(`tunnel: ${line}`),
  });
  service = new CoreInspectorService({
    store,
    settings,
    secrets,
    tunnel,
    replayConfig,
    logger,
    mode: options.mode,
    version: options.version ?? '0.0.0',
    receiverUrl: () => listening.url,
    startupNotices,
  });
  if (settings.get().tunnelStartOnLaunch && secrets.valuesFor('ngrok').length > 0) {
    // Not awaited: the app is usable while the tunnel connects; its status arrives as events.
    void service.call('startTunnel', {});
  }
  let closed = false;
  return {
    service,
    receiverUrl: listening.url,
    receiverPort: listening.port,
    protectPort: (port) => void protectedPorts.push(port),
    async close() {
      if (closed) return;
      closed = true;
      await tunnel.stop();
      await receiver.close();
      await service?.stop();
      store.close();
      releaseLock();
    },
  };
}
