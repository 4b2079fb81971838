// What a pane that failed to render says, and the details the user copies into a bug report. Pure,
// so what ends up on the clipboard is unit-tested: the error, where it happened, and nothing else
// (no capture body, no header values — they can hold secrets).
export interface FailureReport {
  /** One line for the pane: "The capture detail could not be shown: Cannot read …". */
  headline: string;
  /** Multi-line text for "Copy details". */
  details: string;
}

export function failureReport(
  pane: string,
  error: unknown,
  componentStack: string | null,
  version: string | null,
): FailureReport {
  const err = error instanceof Error ? error : new Error(String(error));
  const message = err.message || err.name;
  const lines = [
    `Hookscope${version ? ` ${version}` : ''}: ${pane} failed to render`,
    `${err.name}: ${err.message}`,
    err.stack ? `\nStack:\n${err.stack}` : '',
    componentStack ? `\nComponents:${componentStack}` : '',
  ];
  return {
    headline: `The ${pane} could not be shown: ${message}`,
    details: lines.filter((l) => l !== '').join('\n'),
  };
}
