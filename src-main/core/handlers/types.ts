// A generated handler: the files to save, and how Hookscope checked code of this kind.
import type { HandlerScheme } from './handler-scheme';

export interface GeneratedFile {
  name: string;
  content: string;
}

export interface Fixture {
  method: string;
  path: string;
  headers: [string, string][];
  bodyBase64: string;
  /** When the capture was received: the ready test judges timestamps against it. */
  receivedAtUnix: number;
}

export interface LanguageEmitter {
  /** Verification function, its test and the fixture file name (shared by the frameworks of a language). */
  verifier(scheme: HandlerScheme): GeneratedFile;
  test(scheme: HandlerScheme, fixtureName: string): GeneratedFile;
  fixtureName: string;
}

/** Short description of the scheme for the generated file's header comment. */
export function describeScheme(s: HandlerScheme): string {
  const template = s.parts
    .map((p) => (p.kind === 'literal' ? p.text : p.kind === 'header' ? `<${p.name}>` : `<${p.kind}>`))
    .join('');
  const where =
    s.layout.kind === 'list'
      ? `the "${s.layout.key}=" entries of the ${s.signatureHeader} header`
      : `the ${s.signatureHeader} header${s.layout.prefix ? ` after "${s.layout.prefix}"` : ''}`;
  return `${s.providerName}: HMAC-${s.algorithm.toUpperCase()} (${s.encoding}) over "${template}", read from ${where}.`;
}
