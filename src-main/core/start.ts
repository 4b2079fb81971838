// startCore: open the store, start the receiver and build the service. Shared by the Electron
// shell and the headless server; plain Node only.
import { CaptureStore } from './store/capture-store';
import { SettingsStore } from './settings/settings-store';
import { createReceiver } from './receiver/receiver';
import { CoreInspectorService } from './service/inspector-service';
import { createLogger, type Logger } from './log/logger';
import type { InspectorService } from './service/types';
import type { Settings } from '../shared/types';

export interface StartCoreOptions {
  dataDir: string;
  receiverHost?: string;
  receiverPort?: number;
  mode: 'electron' | 'headless';
  version?: string;
  logger?: Logger;
  settingsOverrides?: Partial<Settings>;
  bodyIdleTimeoutMs?: number;
}

export interface RunningCore {
  service: InspectorService;
  receiverUrl: string;
  receiverPort: number;
  close(): Promise<void>;
}

export const DEFAULT_RECEIVER_PORT = 8787;

export async function startCore(options: StartCoreOptions): Promise<RunningCore> {
  const logger = options.logger ?? createLogger();
  const settings = new SettingsStore(options.dataDir, options.settingsOverrides);
  let service: CoreInspectorService | null = null;
  const store = new CaptureStore(options.dataDir, {
    retention: () => {
      const s = settings.get();
      return { maxCaptures: s.retentionMaxCaptures, maxBytes: s.retentionMaxBytes };
    },
    onCommitted: (rows) => service?.capturesCommitted(rows),
  });
  const receiver = createReceiver({
    store,
    logger,
    maxBodyBytes: () => settings.get().receiverMaxBodyBytes,
    metaVerifyToken: () => settings.get().metaVerifyToken,
    bodyIdleTimeoutMs: options.bodyIdleTimeoutMs,
  });
  let listening: { port: number; url: string };
  try {
    listening = await receiver.listen(options.receiverPort ?? DEFAULT_RECEIVER_PORT, options.receiverHost ?? '127.0.0.1');
  } catch (error) {
    store.close();
    throw error;
  }
  service = new CoreInspectorService({
    store,
    settings,
    logger,
    mode: options.mode,
    version: options.version ?? '0.0.0',
    receiverUrl: () => listening.url,
  });
  let closed = false;
  return {
    service,
    receiverUrl: listening.url,
    receiverPort: listening.port,
    async close() {
      if (closed) return;
      closed = true;
      await receiver.close();
      service?.stop();
      store.close();
    },
  };
}
