// How each "Copy as" target is produced. Most go through @readme/httpsnippet with a placeholder for
// the body; the placeholder (with any quotes the library put around it) is then replaced by a
// literal we write ourselves, so the body bytes never depend on the library's re-serialisation
// (it would turn JSON into objects and re-encode them). `bytes` is how the target writes a body that
// is not plain text (base64 decoded at run time, a byte string, printf escapes); null = it cannot.
import type { HTTPSnippet } from '@readme/httpsnippet';

/** The library's target ids (it does not export the type by name). */
export type TargetId = Parameters<HTTPSnippet['convert']>[0];
import type { SnippetTargetId } from '@shared/snippet-types';
import { printfFormat, shellQuote } from '../shell-quote';
import { doubleQuoted, kotlinQuoted, powershellQuoted, rustByteString, singleQuoted } from './literals';

export const BODY_PLACEHOLDER = 'HOOKSCOPE_BODY_PLACEHOLDER';

export interface LibraryTarget {
  kind: 'library';
  target: TargetId;
  client: string;
  /** Code with the quoted placeholder replaced by the text body. */
  text(code: string, text: string): string;
  /** Code with the quoted placeholder replaced by the bytes; null when the target cannot carry them. */
  bytes: ((code: string, bytes: Buffer) => string) | null;
  /** Adjust the library's output before the body goes in (e.g. requests → httpx). */
  adapt?(code: string, method: string): string;
}

const quotedPlaceholder = new RegExp(`(["']?)${BODY_PLACEHOLDER}\\1`);

/** Replace the quoted placeholder with `literal` (function form: `$` in the literal stays literal). */
export function putBody(code: string, literal: string): string {
  return code.replace(quotedPlaceholder, () => literal);
}

const b64 = (bytes: Buffer) => bytes.toString('base64');

function viaLiteral(
  target: TargetId,
  client: string,
  text: (t: string) => string,
  bytes: ((b: Buffer) => string) | null,
): LibraryTarget {
  return {
    kind: 'library',
    target,
    client,
    text: (code, t) => putBody(code, text(t)),
    bytes: bytes ? (code, b) => putBody(code, bytes(b)) : null,
  };
}

function prependLine(code: string, line: string): string {
  return `${line}\n${code}`;
}

const goBase64Helper = `

// decodeBase64 turns the captured body back into its exact bytes.
func decodeBase64(s string) string {
\tb, err := base64.StdEncoding.DecodeString(s)
\tif err != nil {
\t\tpanic(err)
\t}
\treturn string(b)
}`;

const python = (code: string, body: string, bytes: boolean) =>
  bytes
    ? prependLine(putBody(code, `base64.b64decode("${body}")`), 'import base64')
    : putBody(code, `${doubleQuoted(body)}.encode("utf-8")`);

export const libraryTargets: Record<Exclude<SnippetTargetId, 'curl'>, LibraryTarget> = {
  httpie: {
    kind: 'library',
    target: 'shell',
    client: 'httpie',
    // The library pipes `echo <body>`, which adds a newline: printf sends the bytes and nothing else.
    text: (code, t) =>
      code.replace(
        /echo (["']?)HOOKSCOPE_BODY_PLACEHOLDER\1 \| */,
        () => `printf ${printfFormat(Buffer.from(t))} | `,
      ),
    bytes: (code, b) =>
      code.replace(/echo (["']?)HOOKSCOPE_BODY_PLACEHOLDER\1 \| */, () => `printf ${printfFormat(b)} | `),
  },
  wget: {
    kind: 'library',
    target: 'shell',
    client: 'wget',
    text: (code, t) => putBody(code, shellQuote(t)),
    bytes: (code, b) =>
      `printf ${printfFormat(b)} > body.bin && \\\n` +
      code.replace(new RegExp(`--body-data (["']?)${BODY_PLACEHOLDER}\\1`), '--body-file body.bin'),
  },
  'powershell-webrequest': viaLiteral(
    'powershell',
    'webrequest',
    powershellQuoted,
    (b) => `([System.Convert]::FromBase64String('${b64(b)}'))`,
  ),
  'powershell-restmethod': viaLiteral(
    'powershell',
    'restmethod',
    powershellQuoted,
    (b) => `([System.Convert]::FromBase64String('${b64(b)}'))`,
  ),
  'node-fetch': viaLiteral('node', 'fetch', doubleQuoted, (b) => `Buffer.from("${b64(b)}", "base64")`),
  'node-http': viaLiteral('node', 'native', doubleQuoted, (b) => `Buffer.from("${b64(b)}", "base64")`),
  'node-axios': viaLiteral('node', 'axios', doubleQuoted, (b) => `Buffer.from("${b64(b)}", "base64")`),
  'browser-fetch': viaLiteral(
    'javascript',
    'fetch',
    doubleQuoted,
    (b) => `Uint8Array.from(atob("${b64(b)}"), (c) => c.charCodeAt(0))`,
  ),
  'browser-xhr': viaLiteral(
    'javascript',
    'xhr',
    doubleQuoted,
    (b) => `Uint8Array.from(atob("${b64(b)}"), (c) => c.charCodeAt(0))`,
  ),
  'python-requests': {
    kind: 'library',
    target: 'python',
    client: 'requests',
    text: (code, t) => python(code, t, false),
    bytes: (code, b) => python(code, b64(b), true),
  },
  'python-httpx': {
    kind: 'library',
    target: 'python',
    client: 'requests',
    // HTTPX mirrors the Requests API except that raw bytes go in `content` (not `data`) and only
    // `httpx.request` takes a body for every method.
    adapt: (code, method) =>
      code
        .replace(/^import requests$/m, 'import httpx')
        .replace(
          /requests\.(?:request\("[^"]*", |\w+\()url/,
          () => `httpx.request(${JSON.stringify(method)}, url`,
        )
        .replace(/\bdata=payload\b/, 'content=payload'),
    text: (code, t) => python(code, t, false),
    bytes: (code, b) => python(code, b64(b), true),
  },
  go: {
    kind: 'library',
    target: 'go',
    client: 'native',
    text: (code, t) => putBody(code, doubleQuoted(t)),
    bytes: (code, b) =>
      putBody(code, `decodeBase64("${b64(b)}")`).replace('import (\n', 'import (\n\t"encoding/base64"\n') +
      goBase64Helper,
  },
  'java-httpclient': {
    kind: 'library',
    target: 'java',
    client: 'nethttp',
    text: (code, t) => putBody(code, doubleQuoted(t)),
    bytes: (code, b) =>
      code.replace(
        new RegExp(`BodyPublishers\\.ofString\\((["']?)${BODY_PLACEHOLDER}\\1\\)`),
        () => `BodyPublishers.ofByteArray(java.util.Base64.getDecoder().decode("${b64(b)}"))`,
      ),
  },
  'java-okhttp': viaLiteral(
    'java',
    'okhttp',
    doubleQuoted,
    (b) => `java.util.Base64.getDecoder().decode("${b64(b)}")`,
  ),
  'kotlin-okhttp': viaLiteral(
    'kotlin',
    'okhttp',
    kotlinQuoted,
    (b) => `java.util.Base64.getDecoder().decode("${b64(b)}")`,
  ),
  'csharp-httpclient': {
    kind: 'library',
    target: 'csharp',
    client: 'httpclient',
    text: (code, t) => putBody(code, doubleQuoted(t)),
    bytes: (code, b) =>
      code.replace(
        new RegExp(`new StringContent\\((["']?)${BODY_PLACEHOLDER}\\1\\)`),
        () => `new ByteArrayContent(Convert.FromBase64String("${b64(b)}"))`,
      ),
  },
  'csharp-restsharp': viaLiteral('csharp', 'restsharp', doubleQuoted, null),
  'php-curl': viaLiteral('php', 'curl', singleQuoted, (b) => `base64_decode('${b64(b)}')`),
  'php-guzzle': viaLiteral('php', 'guzzle', singleQuoted, (b) => `base64_decode('${b64(b)}')`),
  'ruby-net-http': viaLiteral('ruby', 'native', singleQuoted, (b) => `'${b64(b)}'.unpack1('m')`),
  'ruby-faraday': viaLiteral('ruby', 'faraday', singleQuoted, (b) => `'${b64(b)}'.unpack1('m')`),
  'rust-reqwest': viaLiteral('rust', 'reqwest', doubleQuoted, (b) => `&${rustByteString(b)}[..]`),
  'swift-urlsession': {
    kind: 'library',
    target: 'swift',
    client: 'urlsession',
    text: (code, t) => putBody(code, doubleQuoted(t)),
    bytes: (code, b) =>
      code.replace(
        new RegExp(`Data\\((["']?)${BODY_PLACEHOLDER}\\1\\.utf8\\)`),
        () => `Data(base64Encoded: "${b64(b)}")!`,
      ),
  },
  'c-libcurl': viaLiteral('c', 'libcurl', doubleQuoted, null),
  'http-raw': {
    kind: 'library',
    target: 'http',
    client: 'http1.1',
    // The library counted the placeholder: the length must be the body's bytes.
    text: (code, t) =>
      putBody(code.replace(/^Content-Length: \d+\r$/m, `Content-Length: ${Buffer.byteLength(t)}\r`), t),
    bytes: null,
  },
};
