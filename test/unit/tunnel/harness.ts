// Builds a TunnelManager over the fake ngrok and records everything it emits, so each test reads as
// "do this, then these statuses, logs and forward() options happened".
import { TunnelManager, type TunnelManagerDeps } from '../../../src-main/core/tunnel';
import type { TunnelStatus } from '@shared/tunnel-types';
import { FakeNgrok } from '../../helpers/fake-ngrok';

export const RECEIVER_PORT = 48_080;
export const CONTROL_PORT = 48_081;
export const TOKEN = '2AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789SecretToken';

export interface Harness {
  ngrok: FakeNgrok;
  manager: TunnelManager;
  events: TunnelStatus[];
  logs: string[];
  saved: string[];
  /** The stored token getAuthtoken() returns (null: none stored yet). */
  stored: { token: string | null };
  states(): string[];
}

export function makeHarness(overrides: Partial<TunnelManagerDeps> = {}): Harness {
  const ngrok = new FakeNgrok();
  const events: TunnelStatus[] = [];
  const logs: string[] = [];
  const saved: string[] = [];
  const stored: { token: string | null } = { token: TOKEN };
  const manager = new TunnelManager({
    ngrok,
    receiverPort: () => RECEIVER_PORT,
    forbiddenPorts: () => [CONTROL_PORT],
    getAuthtoken: () => stored.token,
    saveAuthtoken: (token) => {
      saved.push(token);
      stored.token = token;
    },
    log: (line) => logs.push(line),
    // Deterministic backoff: 1 s, 2 s, 4 s, … capped at 30 s.
    backoff: (attempt) => Math.min(30_000, 1_000 * 2 ** (attempt - 1)),
    ...overrides,
  });
  manager.on('status', (status) => events.push(status));
  return { ngrok, manager, events, logs, saved, stored, states: () => events.map((event) => event.state) };
}
