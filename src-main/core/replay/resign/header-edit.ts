// Setting a signature header without disturbing the rest: the first occurrence keeps its position
// and received spelling, later duplicates go, a missing header is appended.
import { withHeader } from '../../signatures/headers';
import type { SignableRequest, SignerOutput } from './types';

export function headerIn(headers: readonly [string, string][], name: string): string | null {
  const lower = name.toLowerCase();
  return headers.find(([n]) => n.toLowerCase() === lower)?.[1] ?? null;
}

/** Sets each [name, value] in turn; returns the new list and the names as they now appear. */
export function setHeaders(
  headers: readonly [string, string][],
  updates: readonly [string, string][],
): { headers: [string, string][]; names: string[] } {
  let out: [string, string][] = headers.map(([n, v]) => [n, v]);
  const names: string[] = [];
  for (const [name, value] of updates) {
    out = withHeader(out, name, value);
    names.push(out.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[0] ?? name);
  }
  return { headers: out, names };
}

/** A signer's result when it only sets headers (and perhaps a timestamp): the URL stays as it is. */
export function signedWithHeaders(
  req: SignableRequest,
  updates: readonly [string, string][],
  timestamp: number | null,
): SignerOutput {
  const { headers, names } = setHeaders(req.headers, updates);
  return { headers, url: req.url, headersSet: names, timestamp, signedUrl: null };
}
