// @ts-check
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose, see below */
// electron-builder configuration: `npm run dist` (see README, "Build installers").
// CommonJS because package.json says "type": "module" and electron-builder loads .cjs with require;
// test/static/packaging.test.ts loads this same file through electron-builder's own loader and
// asserts every promise made here, so a change that weakens one fails CI.
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

// The project's public page: the deb control file requires one, and the About panel links to it
// (src-main/electron/about.ts holds the same URL; the static test keeps them equal).
const homepage = 'https://github.com/hookscope/hookscope';

/**
 * The ngrok agent is a native N-API module shipped as one npm package per platform. npm installs
 * only the host's package, so an installer built for another platform or arch would open fine and
 * then fail the first time the user starts a tunnel. Refuse to produce such an installer.
 * On macOS the universal binary (installed on any Mac, preferred by @ngrok/ngrok's loader) serves
 * both archs.
 * @param {string} platform electron platform name: darwin, linux, win32 (or mas)
 * @param {string} arch x64, arm64, …
 * @returns {string[]} acceptable package directory names under node_modules/@ngrok
 */
function ngrokNativePackages(platform, arch) {
  if (platform === 'darwin' || platform === 'mas') return ['ngrok-darwin-universal', `ngrok-darwin-${arch}`];
  if (platform === 'linux') return [`ngrok-linux-${arch}-gnu`];
  if (platform === 'win32') return [`ngrok-win32-${arch}-msvc`];
  return [];
}

/** @param {import('electron-builder').AfterPackContext} context */
async function assertNgrokNativeBinaryPacked(context) {
  const { Arch } = require('electron-builder');
  const arch = Arch[context.arch];
  const unpacked = join(
    context.packager.getResourcesDir(context.appOutDir),
    'app.asar.unpacked',
    'node_modules',
    '@ngrok',
  );
  const wanted = ngrokNativePackages(context.electronPlatformName, arch);
  const found = wanted.find((name) => {
    const dir = join(unpacked, name);
    return existsSync(dir) && readdirSync(dir).some((file) => file.endsWith('.node'));
  });
  if (!found) {
    throw new Error(
      `The ${context.electronPlatformName}-${arch} package has no ngrok native binary: expected one of ` +
        `${wanted.map((name) => `@ngrok/${name}`).join(', ')} unpacked under ${unpacked}. ` +
        'Build on the target platform (npm only installs the host’s native package), or install the missing one first.',
    );
  }
}

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'dev.hookscope.app',
  productName: 'Hookscope',
  // The version is package.json's: nothing here overrides it (no buildVersion, no extraMetadata.version).
  // Same text as the About panel's (src-main/electron/about.ts).
  copyright: 'Copyright © 2026 Hookscope contributors',
  // Needed by the deb target (control file Homepage); also lands in the packed package.json.
  extraMetadata: { homepage },

  directories: { output: 'dist', buildResources: 'resources' },

  // Only the built bundles go in: electron-vite bundles src-main and src-renderer into out/.
  // package.json and production dependencies are added by electron-builder itself. The negations
  // are redundant with the allow-list today and kept on purpose: a broader pattern added above them
  // still cannot sweep in sources, tests, fixtures or source maps (and the static test catches the rest).
  files: [
    'out/**/*',
    '!**/*.map',
    '!{src-main,src-renderer,test,docs,scripts,resources,research,dist,test-results,playwright-report}{,/**/*}',
    '!**/*.{ts,tsx}',
    '!**/{tsconfig*.json,electron.vite.config.*,vitest.config.*,playwright.config.*,eslint.config.*}',
    // Dependencies' own test suites and fixtures are dead weight in an installer.
    '!node_modules/**/{test,tests,spec,__tests__,fixtures}{,/**/*}',
  ],
  asar: true,
  // Native code cannot be loaded from inside an asar archive: keep ngrok's platform package
  // (and any other .node) beside it in app.asar.unpacked.
  asarUnpack: ['**/*.node', 'node_modules/@ngrok/ngrok-*/**'],
  // A plain PNG beside app.asar for the Linux/Windows About panel (src-main/electron/about.ts).
  extraResources: [{ from: 'resources/icons/64x64.png', to: 'about-icon.png' }],
  // No dependency compiles anything: node:sqlite is built into Electron and ngrok ships prebuilt
  // N-API binaries (ABI-stable). Skipping the rebuild also spares a download of Electron headers.
  npmRebuild: false,
  // Installers are uploaded by hand (or by CI); never publish or generate update feeds implicitly.
  publish: null,

  // Flipped in the packaged Electron binary, right before signing.
  electronFuses: {
    runAsNode: false, // ELECTRON_RUN_AS_NODE cannot turn the app into a general-purpose node
    enableNodeOptionsEnvironmentVariable: false, // NODE_OPTIONS / NODE_EXTRA_CA_CERTS ignored
    enableNodeCliInspectArguments: false, // no --inspect, no SIGUSR1 inspector
    onlyLoadAppFromAsar: true, // no loose app/ folder can replace app.asar
    enableEmbeddedAsarIntegrityValidation: true, // app.asar checked against the hash in the binary (macOS, Windows)
    enableCookieEncryption: true, // cookie store encrypted with the OS keychain key
    grantFileProtocolExtraPrivileges: false, // the UI is served from app://, never file://
  },

  afterPack: assertNgrokNativeBinaryPacked,

  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    category: 'public.app-category.developer-tools',
    icon: 'resources/icon.icns',
    hardenedRuntime: true,
  },
  dmg: {
    artifactName: '${productName}-${version}-mac-${arch}.${ext}',
  },

  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    category: 'Development',
    icon: 'resources/icons',
    executableName: 'hookscope',
    synopsis: 'Desktop webhook inspector',
    description:
      'Every webhook live and byte-exact, with signature diagnosis and message cards for messaging payloads.',
    maintainer: 'Hookscope contributors <hookscope@users.noreply.github.com>',
    artifactName: '${productName}-${version}-linux-${arch}.${ext}',
  },
  deb: {
    artifactName: '${name}_${version}_${arch}.${ext}',
  },

  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'resources/icon.ico',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // Captures are the user's data: uninstalling the app keeps them.
    deleteAppDataOnUninstall: false,
    artifactName: '${productName}-${version}-win-${arch}-setup.${ext}',
  },
};

module.exports = config;
