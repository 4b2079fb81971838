import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// The contract, imported as '@shared/…' by every bundle instead of a climb of '../' (the same alias
// is in tsconfig.base.json for tsc, tsx and Playwright, and in vitest.config.ts).
const resolveShared = { alias: { '@shared': resolve('src-main/shared') } };

// Three bundles from one config. `main` has four entries: the Electron shell (index), the
// headless server (headless) and the MCP server (mcp) — all share the plain-Node core — and the
// core's worker threads (worker). The preload is CommonJS because sandboxed preloads cannot be ES
// modules.
export default defineConfig({
  main: {
    resolve: resolveShared,
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('src-main/electron/main.ts'),
          headless: resolve('src-main/headless/main.ts'),
          mcp: resolve('src-main/mcp/main.ts'),
          // Worker threads (exports…) start from this entry (src-main/core/workers/spawn-worker.ts).
          worker: resolve('src-main/core/workers/worker-main.ts'),
        },
      },
    },
  },
  preload: {
    resolve: resolveShared,
    build: {
      // A sandboxed preload can require only 'electron': bundle everything else (zod) into it.
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [react()],
    resolve: resolveShared,
    build: {
      // electron-vite leaves bundles unminified; the UI is also served to browsers (headless).
      minify: true,
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('src-renderer/index.html') } },
    },
  },
});
