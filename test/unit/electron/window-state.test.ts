import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MIN_WINDOW_SIZE,
  defaultWindowState,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type Rect,
} from '../../../src-main/electron/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1080 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1440 };

describe('parseWindowState', () => {
  it('restores a saved position and size that fit a screen', () => {
    const saved = JSON.stringify({ x: 100, y: 80, width: 1400, height: 900, maximized: false });
    expect(parseWindowState(saved, [laptop])).toEqual({
      x: 100,
      y: 80,
      width: 1400,
      height: 900,
      maximized: false,
    });
  });

  it('restores the maximized flag', () => {
    expect(
      parseWindowState(JSON.stringify({ x: 0, y: 0, width: 1000, height: 700, maximized: true }), [laptop])
        .maximized,
    ).toBe(true);
  });

  it('keeps the size but drops the position when its monitor is gone', () => {
    const saved = JSON.stringify({ x: 2200, y: 100, width: 1600, height: 1000, maximized: false });
    expect(parseWindowState(saved, [laptop, rightMonitor])).toMatchObject({ x: 2200, y: 100 });
    const unplugged = parseWindowState(saved, [laptop]);
    expect(unplugged).toEqual({ width: 1600, height: 1000, maximized: false });
  });

  it('drops a position whose title bar is above the screen', () => {
    const saved = JSON.stringify({ x: 100, y: -500, width: 1000, height: 700, maximized: false });
    expect(parseWindowState(saved, [laptop]).x).toBeUndefined();
  });

  it('clamps sizes between the minimum and the largest screen', () => {
    expect(parseWindowState(JSON.stringify({ width: 10, height: 10 }), [laptop])).toMatchObject(
      MIN_WINDOW_SIZE,
    );
    expect(parseWindowState(JSON.stringify({ width: 99999, height: 99999 }), [laptop])).toMatchObject({
      width: 1920,
      height: 1080,
    });
  });

  it.each([
    ['no file', null],
    ['empty', ''],
    ['not JSON', '{width: 3'],
    ['JSON null', 'null'],
    ['an array', '[1,2]'],
    ['strings for numbers', '{"width":"800","height":"600"}'],
    ['NaN-ish', '{"width":1e309,"height":600}'],
  ])('falls back to defaults for %s', (_label, text) => {
    expect(parseWindowState(text, [laptop])).toEqual(defaultWindowState);
  });
});

describe('loadWindowState / saveWindowState', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hookscope-window-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips through a JSON file, creating its folder', async () => {
    const file = join(dir, 'nested', 'window-state.json');
    await saveWindowState(file, { x: 40, y: 50, width: 1300, height: 850 }, true);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      x: 40,
      y: 50,
      width: 1300,
      height: 850,
      maximized: true,
    });
    expect(await loadWindowState(file, [laptop])).toEqual({
      x: 40,
      y: 50,
      width: 1300,
      height: 850,
      maximized: true,
    });
  });

  it('uses defaults when the file is missing or corrupt', async () => {
    expect(await loadWindowState(join(dir, 'missing.json'), [laptop])).toEqual(defaultWindowState);
    const corrupt = join(dir, 'corrupt.json');
    await writeFile(corrupt, '\0\0\0');
    expect(await loadWindowState(corrupt, [laptop])).toEqual(defaultWindowState);
  });
});
