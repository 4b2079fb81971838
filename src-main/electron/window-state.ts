// Remembers the window's size and position in a small JSON file in userData. Pure parsing and
// clamping (tested without electron) plus two tiny file helpers. A state that would put the window
// off every screen (a monitor was unplugged) keeps its size but loses its position.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;
export const defaultWindowState: WindowState = { width: 1280, height: 820, maximized: false };

/** How much of the title bar area must be on a screen for a saved position to be reused. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

function isFiniteInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e6;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Parse a saved state against the current screens' work areas. Anything unreadable yields the
 * default; sizes are clamped to [minimum, largest work area].
 */
export function parseWindowState(text: string | null, workAreas: readonly Rect[]): WindowState {
  let raw: unknown;
  try {
    raw = text === null ? null : JSON.parse(text);
  } catch {
    raw = null;
  }
  if (typeof raw !== 'object' || raw === null) return { ...defaultWindowState };
  const saved = raw as Record<string, unknown>;
  if (!isFiniteInteger(saved.width) || !isFiniteInteger(saved.height)) return { ...defaultWindowState };

  const maxWidth = Math.max(MIN_WINDOW_SIZE.width, ...workAreas.map((area) => area.width));
  const maxHeight = Math.max(MIN_WINDOW_SIZE.height, ...workAreas.map((area) => area.height));
  const state: WindowState = {
    width: Math.round(Math.min(Math.max(saved.width, MIN_WINDOW_SIZE.width), maxWidth)),
    height: Math.round(Math.min(Math.max(saved.height, MIN_WINDOW_SIZE.height), maxHeight)),
    maximized: saved.maximized === true,
  };
  if (isFiniteInteger(saved.x) && isFiniteInteger(saved.y)) {
    // Only the top strip matters: the user must be able to grab the title bar.
    const titleBar: Rect = {
      x: Math.round(saved.x),
      y: Math.round(saved.y),
      width: state.width,
      height: MIN_VISIBLE.height,
    };
    const visible = workAreas.some((area) => {
      const seen = overlap(titleBar, area);
      return seen.width >= MIN_VISIBLE.width && seen.height >= MIN_VISIBLE.height;
    });
    if (visible) {
      state.x = titleBar.x;
      state.y = titleBar.y;
    }
  }
  return state;
}

export function serializeWindowState(bounds: Rect, maximized: boolean): string {
  const { x, y, width, height } = bounds;
  return `${JSON.stringify({ x, y, width, height, maximized })}\n`;
}

export async function loadWindowState(file: string, workAreas: readonly Rect[]): Promise<WindowState> {
  let text: string | null = null;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    // First run or unreadable: defaults.
  }
  return parseWindowState(text, workAreas);
}

/** Write-then-rename so a crash mid-write never leaves a truncated file. */
export async function saveWindowState(file: string, bounds: Rect, maximized: boolean): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  await writeFile(temp, serializeWindowState(bounds, maximized), 'utf8');
  await rename(temp, file);
}
