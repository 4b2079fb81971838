// The real @ngrok/ngrok in this offline environment: starting must end in the mapped network error
// well within 15 s, and a receiver (a plain Node HTTP server standing in for it) keeps answering
// before, during and after — the tunnel never touches it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TunnelManager } from '../../src-main/core/tunnel';
import type { TunnelStatus } from '@shared/tunnel-types';

const DUMMY_TOKEN = '2zzDummyOfflineTokenDoNotUse_abcdefghijklmnopqrstu';

describe('TunnelManager over the real @ngrok/ngrok, offline', () => {
  let receiver: Server;
  let port: number;
  let captured = 0;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      captured += 1;
      req.resume();
      req.on('end', () => res.end('captured'));
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    port = (receiver.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  const hitReceiver = async () => {
    const response = await fetch(`http://127.0.0.1:${port}/webhook`, { method: 'POST', body: '{"ping":1}' });
    return { status: response.status, body: await response.text() };
  };

  it('fails with network_unreachable within 15 s while the receiver keeps capturing', async () => {
    const logs: string[] = [];
    const events: TunnelStatus[] = [];
    const manager = new TunnelManager({
      receiverPort: () => port,
      forbiddenPorts: () => [port + 1],
      getAuthtoken: () => DUMMY_TOKEN,
      saveAuthtoken: () => {},
      log: (line) => logs.push(line),
    });
    manager.on('status', (status) => events.push(status));

    expect(await hitReceiver()).toEqual({ status: 200, body: 'captured' });

    const started = performance.now();
    const starting = manager.start({ pathHint: '/webhook' });
    const during = hitReceiver();
    const result = await starting;
    const elapsed = performance.now() - started;

    expect(result).toMatchObject({ state: 'error', code: 'network_unreachable' });
    expect(result.state === 'error' && result.fix).toMatch(/connection|firewall/i);
    expect(elapsed).toBeLessThan(15_000);
    expect(events.map((event) => event.state)).toEqual(['starting', 'error']);

    expect(await during).toEqual({ status: 200, body: 'captured' });
    expect(await hitReceiver()).toEqual({ status: 200, body: 'captured' });
    expect(captured).toBe(3);

    await expect(manager.stop()).resolves.toEqual({ state: 'stopped' });
    expect(await hitReceiver()).toEqual({ status: 200, body: 'captured' });
    expect(JSON.stringify({ logs, events })).not.toContain(DUMMY_TOKEN);
    expect(Object.values(process.env)).not.toContain(DUMMY_TOKEN);
  }, 20_000);
});
