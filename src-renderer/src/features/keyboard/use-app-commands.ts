// App commands: in Electron they come from the native menu as `app.command` events (the menu owns
// the accelerators); in a browser there is no menu, so the same accelerators are bound here.
//   Ctrl/⌘+Shift+Backspace  clear captures (asks first)
//   Ctrl/⌘+K                focus search (also handled by the global shortcuts)
//   Ctrl/⌘+Shift+L          toggle theme
import { useEffect, useRef } from 'react';
import type { InspectorClient } from '../../api/client';
import { appCommands, type AppCommand } from '@shared/bridge';

type Handlers = Record<AppCommand, () => void>;

function isAppCommand(value: unknown): value is AppCommand {
  return (appCommands as readonly unknown[]).includes(value);
}

export function useAppCommands(client: InspectorClient, handlers: Handlers): void {
  // The latest handlers, without re-subscribing on every render.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const run = (command: AppCommand) => latest.current[command]();
    const unsubscribe = client.subscribe((envelope) => {
      if ((envelope.event as string) !== 'app.command') return;
      const command = (envelope.payload as { command?: unknown } | null)?.command;
      if (isAppCommand(command)) run(command);
    });
    if (client.transport === 'ipc') return unsubscribe;

    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || !e.shiftKey || e.altKey) return;
      if (document.querySelector('dialog[open]')) return;
      if (e.key === 'Backspace') run('clearCaptures');
      else if (e.key.toLowerCase() === 'l') run('toggleTheme');
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [client]);
}
