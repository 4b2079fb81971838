// App commands: in Electron the native menu owns their accelerators and sends them on its own
// channel (client.onAppCommand); in a browser there is no menu, so the same keys from the
// shortcuts table are bound here.
import { useEffect, useRef } from 'react';
import type { AppCommand } from '@shared/bridge';
import { shortcuts } from '@shared/shortcuts';
import type { InspectorClient } from '../../api/client';
import { matchShortcut } from '../../model/shortcuts';

type Handlers = Record<AppCommand, () => void>;

/** focusSearch is bound by the global shortcuts in both shells; the rest only here. */
const commandOf = new Map<string, AppCommand>(
  shortcuts.flatMap((s) => ('command' in s && s.command !== 'focusSearch' ? [[s.id, s.command]] : [])),
);

export function useAppCommands(client: InspectorClient, handlers: Handlers): void {
  // The latest handlers, without re-subscribing on every render.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const run = (command: AppCommand) => latest.current[command]();
    if (client.onAppCommand) return client.onAppCommand(run);

    const onKeyDown = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const command = commandOf.get(matchShortcut(e) ?? '');
      if (!command) return;
      e.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [client]);
}
