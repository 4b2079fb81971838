// The preload runs with a fake electron: vi.mock replaces the module before index.ts imports it,
// so no Electron binary is needed. The fake ipcRenderer records invokes and lets tests emit events.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { operationNames } from '@shared/contract';
import { ipcChannels, type EventEnvelope, type HookscopeBridge } from '@shared/bridge';
import { isApiErrorBody } from '@shared/errors';

const fake = vi.hoisted(() => {
  type Listener = (event: unknown, ...args: unknown[]) => void;
  const listeners = new Map<string, Set<Listener>>();
  const exposed = new Map<string, unknown>();
  const ipcRenderer = {
    invoke: vi.fn(async (_channel: string, _input?: unknown): Promise<unknown> => ({
      ok: true,
      value: null,
    })),
    on: vi.fn((channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
      return ipcRenderer;
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    }),
    send: vi.fn(),
    sendSync: vi.fn(),
  };
  const contextBridge = {
    exposeInMainWorld: vi.fn((key: string, api: unknown) => {
      exposed.set(key, api);
    }),
  };
  /** Emit like Electron: the listener gets an IpcRendererEvent whose `sender` is ipcRenderer. */
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? [])
      listener({ sender: ipcRenderer, senderId: 0, ports: [] }, payload);
  };
  return { ipcRenderer, contextBridge, exposed, listeners, emit };
});

vi.mock('electron', () => ({ contextBridge: fake.contextBridge, ipcRenderer: fake.ipcRenderer }));

let bridge: HookscopeBridge;
let exposeCalls: unknown[][];

beforeAll(async () => {
  await import('../../../src-main/preload/index');
  exposeCalls = [...fake.contextBridge.exposeInMainWorld.mock.calls];
  bridge = fake.exposed.get('hookscope') as HookscopeBridge;
});

beforeEach(() => {
  fake.ipcRenderer.invoke.mockReset();
  fake.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: null });
});

describe('preload exposure', () => {
  it('exposes exactly one key, window.hookscope', () => {
    expect(exposeCalls).toHaveLength(1);
    expect(exposeCalls[0]?.[0]).toBe('hookscope');
    expect([...fake.exposed.keys()]).toEqual(['hookscope']);
  });

  it('has one function per contract operation, subscribe, onCommand and transport, and nothing else', () => {
    expect(Object.keys(bridge).sort()).toEqual(
      [...operationNames, 'onCommand', 'subscribe', 'transport'].sort(),
    );
    for (const name of [...operationNames, 'subscribe', 'onCommand']) {
      expect(typeof (bridge as unknown as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(bridge.transport).toBe('ipc');
  });

  it('never hands out ipcRenderer, process or the environment', () => {
    const values = Object.values(bridge) as unknown[];
    expect(values).not.toContain(fake.ipcRenderer);
    expect(values).not.toContain(process);
    expect(values).not.toContain(process.env);
    for (const key of ['ipcRenderer', 'invoke', 'send', 'on', 'process', 'env', 'require']) {
      expect(bridge, key).not.toHaveProperty(key);
    }
  });

  it('is frozen so page code cannot swap a function', () => {
    expect(Object.isFrozen(bridge)).toBe(true);
  });
});

describe('operations', () => {
  it.each(operationNames)(
    '%s invokes its own channel with the input and resolves with the value',
    async (name) => {
      fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { from: name } });
      const call = bridge[name] as (input: unknown) => Promise<unknown>;
      await expect(call({ some: 'input' })).resolves.toEqual({ from: name });
      expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith(ipcChannels.operation(name), { some: 'input' });
    },
  );

  it('rejects with a plain { code, message } that survives the context bridge', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce({
      ok: false,
      error: { code: 'not_found', message: 'Capture 9 does not exist.' },
    });
    const failure = await bridge.getCapture({ id: 9 }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toEqual({ code: 'not_found', message: 'Capture 9 does not exist.' });
    expect(isApiErrorBody(failure)).toBe(true);
    // Not an Error: contextBridge would rebuild an Error from its message alone and drop `code`.
    expect(failure).not.toBeInstanceOf(Error);
  });

  it('rejects with code internal when the main process answers something malformed', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce('garbage');
    await expect(bridge.getStatus({})).rejects.toMatchObject({ code: 'internal' });
  });

  it('passes an IPC transport failure through as a rejection', async () => {
    fake.ipcRenderer.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    await expect(bridge.getStatus({})).rejects.toThrow('No handler registered');
  });
});

describe('subscribe', () => {
  const envelope: EventEnvelope = { event: 'captures.cleared', payload: { removed: 2 } };

  it('delivers only the envelope, never the IPC event object', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.subscribe((...args: unknown[]) => received.push(args));
    fake.emit(ipcChannels.events, envelope);
    expect(received).toEqual([[envelope]]);
    unsubscribe();
  });

  it('stops delivering after unsubscribe, which is idempotent', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.subscribe(listener);
    unsubscribe();
    unsubscribe();
    fake.emit(ipcChannels.events, envelope);
    expect(listener).not.toHaveBeenCalled();
    expect(fake.listeners.get(ipcChannels.events)?.size ?? 0).toBe(0);
  });

  it('supports several independent subscribers', () => {
    const first = vi.fn();
    const second = vi.fn();
    const offFirst = bridge.subscribe(first);
    const offSecond = bridge.subscribe(second);
    offFirst();
    fake.emit(ipcChannels.events, envelope);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith(envelope);
    offSecond();
  });

  it('refuses a non-function listener up front', () => {
    expect(() => bridge.subscribe('nope' as unknown as () => void)).toThrow(TypeError);
  });
});

describe('onCommand', () => {
  it('delivers menu commands from their own channel, never core events, and drops unknown ones', () => {
    const commands: unknown[][] = [];
    const off = bridge.onCommand((...args: unknown[]) => commands.push(args));
    const events = vi.fn();
    const offEvents = bridge.subscribe(events);
    fake.emit(ipcChannels.commands, 'toggleTheme');
    fake.emit(ipcChannels.commands, 'formatDisk');
    expect(commands).toEqual([['toggleTheme']]);
    expect(events).not.toHaveBeenCalled();
    off();
    offEvents();
    fake.emit(ipcChannels.commands, 'clearCaptures');
    expect(commands).toHaveLength(1);
    expect(fake.listeners.get(ipcChannels.commands)?.size ?? 0).toBe(0);
  });
});
