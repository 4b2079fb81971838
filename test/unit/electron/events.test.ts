import { describe, expect, it, vi } from 'vitest';
import { forwardServiceEvents } from '../../../src-main/electron/events';
import { appCommands, sendCommand } from '../../../src-main/electron/app-commands';
import { ipcChannels } from '@shared/bridge';
import type { InspectorService } from '../../../src-main/core/service/types';

type AnyListener = (event: string, payload: unknown) => void;

function fakeService() {
  const listeners = new Set<AnyListener>();
  const service = {
    call: vi.fn(),
    on: vi.fn(),
    onAny: (listener: AnyListener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as InspectorService;
  const emit = (event: string, payload: unknown) => listeners.forEach((listener) => listener(event, payload));
  return { service, emit, listeners };
}

function fakeTarget(destroyed = false) {
  return { isDestroyed: vi.fn(() => destroyed), send: vi.fn() };
}

describe('forwardServiceEvents', () => {
  it('sends every service event to the window as an envelope on the events channel', () => {
    const { service, emit } = fakeService();
    const target = fakeTarget();
    forwardServiceEvents(service, () => target);

    emit('capture.added', { id: 1 });
    emit('captures.cleared', { removed: 4 });
    expect(target.send.mock.calls).toEqual([
      [ipcChannels.events, { event: 'capture.added', payload: { id: 1 } }],
      [ipcChannels.events, { event: 'captures.cleared', payload: { removed: 4 } }],
    ]);
  });

  it('skips a closed window and a missing one without throwing', () => {
    const { service, emit } = fakeService();
    const closed = fakeTarget(true);
    let current: ReturnType<typeof fakeTarget> | null = closed;
    forwardServiceEvents(service, () => current);

    expect(() => emit('capture.added', { id: 1 })).not.toThrow();
    current = null;
    expect(() => emit('capture.added', { id: 2 })).not.toThrow();
    expect(closed.send).not.toHaveBeenCalled();
  });

  it('stops forwarding after unsubscribe', () => {
    const { service, emit, listeners } = fakeService();
    const target = fakeTarget();
    const unsubscribe = forwardServiceEvents(service, () => target);
    unsubscribe();
    emit('capture.added', { id: 1 });
    expect(target.send).not.toHaveBeenCalled();
    expect(listeners.size).toBe(0);
  });
});

describe('menu commands', () => {
  it.each(appCommands)('%s travels on the commands channel, never with the core events', (command) => {
    const target = fakeTarget();
    sendCommand(target, command);
    expect(target.send.mock.calls).toEqual([[ipcChannels.commands, command]]);
  });

  it('a closed window is skipped', () => {
    const closed = fakeTarget(true);
    sendCommand(closed, 'toggleTheme');
    expect(closed.send).not.toHaveBeenCalled();
  });
});
