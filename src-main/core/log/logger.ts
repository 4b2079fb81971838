// A tiny logger that never prints a registered secret. Anything that might echo user input or a
// provider error goes through redact(), which replaces every known secret value with "[redacted]".
const secrets = new Set<string>();

export function registerSecretForRedaction(value: string | null | undefined): void {
  if (value && value.length >= 4) secrets.add(value);
}

export function redact(text: string): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('[redacted]');
  return out;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function createLogger(sink: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const write = (level: string, message: string) => sink(`[hookscope] ${level} ${redact(message)}`);
  return {
    info: (m) => write('info', m),
    warn: (m) => write('warn', m),
    error: (m) => write('error', m),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
