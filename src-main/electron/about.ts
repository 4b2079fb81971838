// The About panel (app menu on macOS, Help ▸ About elsewhere): version, links, licence and the
// runtime versions a bug report needs. aboutPanelOptions is pure (unit-tested without electron);
// main.ts applies it once with setAboutPanel(app).
import { join } from 'node:path';
import type { AboutPanelOptionsOptions, App } from 'electron';

/** Public project links. electron-builder.config.cjs uses the same homepage (the test keeps them equal). */
export const projectLinks = {
  homepage: 'https://github.com/hookscope/hookscope',
  issues: 'https://github.com/hookscope/hookscope/issues',
} as const;

/** Same text as electron-builder's `copyright`, which goes into the macOS Info.plist and Windows file properties. */
export const copyright = 'Copyright © 2026 Hookscope contributors';

/** File name of the PNG electron-builder copies into the resources directory (extraResources). */
export const ABOUT_ICON_FILE = 'about-icon.png';

export interface AboutInput {
  /** app.getVersion(): package.json's version. */
  version: string;
  /** process.versions: which Electron, Chromium and Node this build runs on. */
  versions: Partial<Record<'electron' | 'chrome' | 'node', string>>;
  /** PNG for the Linux and Windows panels (macOS uses the bundle icon). */
  iconPath?: string;
}

export function aboutPanelOptions(input: AboutInput): AboutPanelOptionsOptions {
  const runtime = [
    ['Electron', input.versions.electron],
    ['Chromium', input.versions.chrome],
    ['Node', input.versions.node],
  ]
    .filter(([, version]) => version)
    .map(([name, version]) => `${name} ${version}`)
    .join(' · ');
  // Plain text: macOS shows credits in a text view and Windows in a message box, neither links
  // URLs, so they are written out in full for the user to copy.
  const credits = [
    'Desktop webhook inspector.',
    `Website: ${projectLinks.homepage}`,
    `Report an issue: ${projectLinks.issues}`,
    'Released under the MIT License.',
    runtime,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    applicationName: 'Hookscope',
    applicationVersion: input.version,
    copyright,
    credits,
    // Linux only: the GTK dialog shows authors and a clickable website.
    authors: ['Hookscope contributors'],
    website: projectLinks.homepage,
    ...(input.iconPath ? { iconPath: input.iconPath } : {}),
  };
}

/** Applies the About panel options. Call once, before the menu is built. */
export function setAboutPanel(
  app: Pick<App, 'setAboutPanelOptions' | 'getVersion' | 'isPackaged'>,
  resourcesPath: string = process.resourcesPath,
): void {
  app.setAboutPanelOptions(
    aboutPanelOptions({
      version: app.getVersion(),
      versions: process.versions,
      // Only packaged builds have the icon beside app.asar; in development the panel goes without.
      ...(app.isPackaged ? { iconPath: join(resourcesPath, ABOUT_ICON_FILE) } : {}),
    }),
  );
}
