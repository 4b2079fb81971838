// Which tools dialog is open, and on which panel. Any view can open one ("Set up forwarding" in
// the Response tab, "Add a secret" in the Signature tab) without threading callbacks through the
// layout; only one tools dialog is open at a time.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { SettingsSection } from '../features/settings/settings-sections';

export type ReplayToolsPanel = 'forwarding' | 'rules' | 'compose' | 'export';
export type SignatureToolsPanel = 'secrets' | 'verify';
/** A section of the Settings view (deep links), or 'all' for the view from its top. */
export type SettingsPanel = SettingsSection | 'all';

interface PanelOf {
  replay: ReplayToolsPanel;
  signature: SignatureToolsPanel;
  settings: SettingsPanel;
}
export type ToolsKind = keyof PanelOf;
type OpenTools = { [K in ToolsKind]: { kind: K; panel: PanelOf[K] } }[ToolsKind];

interface ToolsState {
  open: OpenTools | null;
  setOpen(next: OpenTools | null): void;
}

const ToolsContext = createContext<ToolsState | null>(null);

export function ToolsProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<OpenTools | null>(null);
  const value = useMemo(() => ({ open, setOpen }), [open]);
  return <ToolsContext.Provider value={value}>{children}</ToolsContext.Provider>;
}

function useTools(): ToolsState {
  const state = useContext(ToolsContext);
  if (!state) throw new Error('useTools outside ToolsProvider');
  return state;
}

/** Opens a tools dialog on a panel (replacing any open one). */
export function useOpenTools(): <K extends ToolsKind>(kind: K, panel: PanelOf[K]) => void {
  const { setOpen } = useTools();
  return (kind, panel) => setOpen({ kind, panel } as OpenTools);
}

/** The panel shown by the `kind` dialog (null: closed) and a setter for the dialog itself. */
export function useToolsPanel<K extends ToolsKind>(
  kind: K,
): [PanelOf[K] | null, (panel: PanelOf[K] | null) => void] {
  const { open, setOpen } = useTools();
  const panel = open?.kind === kind ? (open.panel as PanelOf[K]) : null;
  return [panel, (next) => setOpen(next === null ? null : ({ kind, panel: next } as OpenTools))];
}
