// How a benchmark starts bench-server.ts: bundled the way the app ships, not through tsx.
// tsx compiles with esbuild's keepNames, which wraps every function created at run time in a
// `__name()` call; on the receiver's path that was ~7 % of its CPU, a cost the shipped bundle
// (electron-vite, no keepNames) does not have. The bundle sits in the checkout (git-ignored), so
// the packages it leaves external resolve from node_modules as they do from the source tree, and
// two checkouts never share one bundle.
import { buildSync } from 'esbuild';
import { join, resolve } from 'node:path';

const OUT_DIR = resolve('.bench-build');
let built = false;

/** node arguments that run bench-server with `args` (built once per benchmark process). */
export function benchServerArgs(args: string[]): string[] {
  if (!built) {
    buildSync({
      entryPoints: {
        'bench-server': 'test/bench/bench-server.ts',
        // spawn-worker.ts looks for worker.js beside the bundle, as in out/main/.
        worker: 'src-main/core/workers/worker-main.ts',
      },
      outdir: OUT_DIR,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      packages: 'external',
      tsconfig: 'tsconfig.node.json',
      sourcemap: false,
      logLevel: 'error',
    });
    built = true;
  }
  return [join(OUT_DIR, 'bench-server.js'), ...args];
}
