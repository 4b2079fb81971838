// Lets any view open the replay tools dialog on a given panel (e.g. "Set up forwarding" in the
// Response tab) without threading callbacks through the layout.
export type ReplayToolsPanel = 'forwarding' | 'rules' | 'compose' | 'export';

const listeners = new Set<(panel: ReplayToolsPanel) => void>();

export function openReplayTools(panel: ReplayToolsPanel): void {
  for (const l of listeners) l(panel);
}

export function onOpenReplayTools(listener: (panel: ReplayToolsPanel) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
