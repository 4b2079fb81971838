// Lets any view (the Signature tab, the top bar) open the signature tools dialog on a given panel.
export type SignatureToolsPanel = 'secrets' | 'verify';

const listeners = new Set<(panel: SignatureToolsPanel) => void>();

export function openSignatureTools(panel: SignatureToolsPanel): void {
  for (const l of listeners) l(panel);
}

export function onOpenSignatureTools(listener: (panel: SignatureToolsPanel) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
