import { describe, expect, it, vi } from 'vitest';
import { bindOperations, type InvokeEventLike, type IpcMainLike } from '../../../src-main/electron/ipc';
import { isTrustedSenderFrame } from '../../../src-main/electron/security';
import { APP_ORIGIN } from '../../../src-main/electron/app-origin';
import { operationNames } from '@shared/contract';
import { ipcChannels, type IpcResult } from '@shared/bridge';
import { InspectorError } from '@shared/errors';
import type { InspectorService } from '../../../src-main/core/service/types';

type Handler = (event: InvokeEventLike, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => {
      handlers.delete(channel);
    },
  };
  const invoke = async (name: string, frameUrl: string | null, ...args: unknown[]) => {
    const handler = handlers.get(ipcChannels.operation(name));
    if (!handler) throw new Error(`no handler for ${name}`);
    const event: InvokeEventLike = {
      senderFrame: frameUrl === null ? null : { url: frameUrl, parent: null },
    };
    return (await handler(event, ...args)) as IpcResult<unknown>;
  };
  return { ipcMain, handlers, invoke };
}

function fakeService(call: (name: string, input: unknown) => Promise<unknown>) {
  const service = {
    call: vi.fn(call),
    on: vi.fn(() => () => {}),
    onAny: vi.fn(() => () => {}),
  };
  return service as typeof service & InspectorService;
}

const APP_URL = 'app://hookscope/index.html';
const options = {
  isTrustedSender: (frame: InvokeEventLike['senderFrame']) => isTrustedSenderFrame(frame, [APP_ORIGIN]),
};

describe('bindOperations', () => {
  it('registers one handler per contract operation, and unbinds them all', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const unbind = bindOperations(
      ipcMain,
      fakeService(async () => null),
      options,
    );
    expect([...handlers.keys()].sort()).toEqual(
      operationNames.map((name) => ipcChannels.operation(name)).sort(),
    );
    unbind();
    expect(handlers.size).toBe(0);
  });

  it('returns the service value for a valid call from the app window', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const service = fakeService(async (name, input) => ({ name, input }));
    bindOperations(ipcMain, service, options);

    const result = await invoke('getCapture', APP_URL, { id: 7 });
    expect(result).toEqual({ ok: true, value: { name: 'getCapture', input: { id: 7 } } });
    expect(service.call).toHaveBeenCalledWith('getCapture', { id: 7 });
  });

  it('treats a missing argument as {} for operations without parameters', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const service = fakeService(async () => ({ removed: 3 }));
    bindOperations(ipcMain, service, options);

    expect(await invoke('clearCaptures', APP_URL)).toEqual({ ok: true, value: { removed: 3 } });
    expect(service.call).toHaveBeenCalledWith('clearCaptures', {});
  });

  it.each([
    ['another origin', 'https://evil.example/'],
    ['a file page', 'file:///tmp/evil.html'],
    ['a destroyed frame', null],
  ])('refuses %s with code forbidden and never calls the service', async (_label, frameUrl) => {
    const { ipcMain, invoke } = fakeIpcMain();
    const service = fakeService(async () => ({ removed: 99 }));
    bindOperations(ipcMain, service, options);

    const result = await invoke('clearCaptures', frameUrl, {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('forbidden');
    expect(service.call).not.toHaveBeenCalled();
  });

  it('refuses a subframe of our own page', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const service = fakeService(async () => ({ removed: 1 }));
    bindOperations(ipcMain, service, options);

    const handler = handlers.get(ipcChannels.operation('clearCaptures'))!;
    const event: InvokeEventLike = { senderFrame: { url: APP_URL, parent: { url: APP_URL } } };
    const result = (await handler(event, {})) as IpcResult<unknown>;
    expect(!result.ok && result.error.code).toBe('forbidden');
    expect(service.call).not.toHaveBeenCalled();
  });

  it.each([
    ['getCapture', { id: 'seven' }],
    ['getCapture', { id: -1 }],
    ['getCapture', {}],
    ['getCapture', null],
    ['listCaptures', { limit: 100000 }],
    ['listCaptures', { unexpected: true }],
    ['updateSettings', { receiverMaxBodyBytes: 1 }],
    ['clearCaptures', 'everything'],
  ])('refuses %s(%j) with code invalid_input before the service sees it', async (name, input) => {
    const { ipcMain, invoke } = fakeIpcMain();
    const service = fakeService(async () => null);
    bindOperations(ipcMain, service, options);

    const result = await invoke(name, APP_URL, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toContain(name);
    }
    expect(service.call).not.toHaveBeenCalled();
  });

  it('passes an InspectorError code and message through', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    bindOperations(
      ipcMain,
      fakeService(async () => {
        throw new InspectorError('not_found', 'Capture 7 does not exist.');
      }),
      options,
    );
    expect(await invoke('getCapture', APP_URL, { id: 7 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Capture 7 does not exist.' },
    });
  });

  it('hides unexpected errors behind code internal and reports them to the logger', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const logError = vi.fn();
    const boom = new Error('SQLITE_CORRUPT at /home/user/.config/Hookscope/data/captures.db');
    bindOperations(
      ipcMain,
      fakeService(async () => {
        throw boom;
      }),
      { ...options, logError },
    );
    const result = await invoke('getStatus', APP_URL, {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'getStatus failed unexpectedly.' },
    });
    expect(logError).toHaveBeenCalledWith('getStatus', boom);
  });
});
