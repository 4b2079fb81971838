// Which language runtimes and tools this machine has, so tests run generated code where they can
// and say which check they fell back to where they cannot.
import { execFile, spawnSync } from 'node:child_process';

const cache = new Map<string, boolean>();

/** True when `command args…` runs and exits 0. */
export function works(command: string, ...args: string[]): boolean {
  const key = [command, ...args].join(' ');
  if (!cache.has(key)) {
    const r = spawnSync(command, args, { stdio: 'ignore', timeout: 20_000 });
    cache.set(key, r.status === 0);
  }
  return cache.get(key)!;
}

export const has = {
  sh: () => works('sh', '-c', 'true'),
  curl: () => works('curl', '--version'),
  wget: () => works('wget', '--version'),
  httpie: () => works('http', '--version'),
  python: () => works('python3', '--version'),
  pythonModule: (m: string) => works('python3', '-c', `import ${m}`),
  php: () => works('php', '--version'),
  phpCurl: () => works('php', '-r', 'exit(function_exists("curl_init") ? 0 : 1);'),
  go: () => works('go', 'version'),
  ruby: () => works('ruby', '--version'),
  java: () => works('java', '--version'),
};

/**
 * Run a command without blocking this process (the code under test may be calling a server in
 * it); resolves with stdout, rejects with stderr when it fails.
 */
export function run(command: string, args: string[], cwd: string, timeout = 120_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, timeout, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error)
        reject(new Error(`${command} ${args.join(' ')} failed: ${error.message}\n${stderr}${stdout}`));
      else resolve(stdout);
    });
  });
}
