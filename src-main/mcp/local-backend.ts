// The MCP server's own core: store, receiver and service in this process (no Hookscope running).
import type { RunningCore } from '../core/start';
import type { HookscopeBackend } from './backend';

export function localBackend(core: RunningCore, dataDir: string, ownsCore: boolean): HookscopeBackend {
  return {
    description: `its own core (receiver ${core.receiverUrl}, data in ${dataDir})`,
    call: (name, input) => core.service.call(name, input),
    onCaptureChange(listener) {
      const offAdded = core.service.on('capture.added', () => listener());
      const offUpdated = core.service.on('capture.updated', () => listener());
      return () => {
        offAdded();
        offUpdated();
      };
    },
    async close() {
      if (ownsCore) await core.close();
    },
  };
}
