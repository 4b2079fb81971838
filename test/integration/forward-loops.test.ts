// Forward loops: a target pointing back at the receiver (its own address or its public URL) is
// refused when saved; a loop through another host stops after one hop because forwarded requests
// carry a hop header and a capture that arrived with it is not forwarded again.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { HOP_HEADER } from '../../src-main/core/replay/forward-loop';
import { startTestCore, type TestCore } from '../helpers/in-process-core';

const cores: TestCore[] = [];
afterAll(async () => {
  for (const c of cores) await c.dispose();
});
async function core(): Promise<TestCore> {
  const c = await startTestCore();
  cores.push(c);
  return c;
}
const target = (id: string, url: string) => ({ id, url, enabled: true });

describe('forward loops', () => {
  it('refuses a target that points at this receiver, by any local name', async () => {
    const c = await core();
    const port = new URL(c.receiverUrl).port;
    for (const url of [
      `${c.receiverUrl}/hooks`,
      `http://localhost:${port}/x`,
      `http://[::1]:${port}/`,
      `http://0.0.0.0:${port}`,
    ]) {
      const attempt = c.service.call('setForwardSettings', { paused: false, targets: [target('self', url)] });
      await expect(attempt).rejects.toMatchObject({ code: 'invalid_input' });
      await expect(attempt).rejects.toThrow(/would loop: it is this receiver's own address/);
    }
    expect((await c.service.call('getForwardSettings', {})).targets).toEqual([]);
    // Another port on the same machine is someone else's handler.
    const other = await c.service.call('setForwardSettings', {
      paused: false,
      targets: [target('handler', 'http://127.0.0.1:9/hooks')],
    });
    expect(other.targets).toHaveLength(1);
  });

  it("refuses a target on the receiver's public URL (the tunnel)", async () => {
    const c = await core();
    await c.service.call('updateSettings', { publicUrl: 'https://abc123.ngrok-free.app' });
    await expect(
      c.service.call('setForwardSettings', {
        paused: false,
        targets: [target('tunnel', 'https://abc123.ngrok-free.app/webhooks/stripe')],
      }),
    ).rejects.toThrow(/would loop: it is the public URL of this receiver/);
  });

  it('stops a loop through another host after one hop', async () => {
    const a = await core();
    const b = await core();
    await a.service.call('setForwardSettings', { paused: false, targets: [target('to-b', b.receiverUrl)] });
    await b.service.call('setForwardSettings', { paused: false, targets: [target('to-a', a.receiverUrl)] });

    const res = await fetch(`${a.receiverUrl}/loop`, { method: 'POST', body: 'once' });
    expect(res.status).toBe(200);

    // B received the forward, marked with the hop header, and did not forward it back.
    await vi.waitFor(
      async () => {
        const [first] = (await b.service.call('listCaptures', {})).items;
        expect(first).toBeDefined();
        const detail = await b.service.call('getCapture', { id: first!.id });
        expect(detail.headers.map(([n]) => n)).toContain(HOP_HEADER);
        expect(detail.forwards[0]?.error?.code).toBe('not_sent');
        expect(detail.forwards[0]?.error?.message).toMatch(/forwarded by a Hookscope.*would loop/);
      },
      { timeout: 5000 },
    );
    // A forwarded its one capture to B once (B answered 200), and received nothing back.
    await vi.waitFor(async () => {
      const items = (await a.service.call('listCaptures', {})).items;
      expect(items).toHaveLength(1);
      const detail = await a.service.call('getCapture', { id: items[0]!.id });
      expect(detail.forwards.map((f) => f.response?.status)).toEqual([200]);
    });
    expect((await b.service.call('listCaptures', {})).items).toHaveLength(1);
  });
});
