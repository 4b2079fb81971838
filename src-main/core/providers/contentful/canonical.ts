// Contentful's canonical request (as @contentful/node-apps-toolkit builds it): method, the path
// with its query escaped, the signed headers (names lowercased, values trimmed, sorted by name) as
// name:value joined by ";", and the body — joined by newlines.
import { escape as escapeQuery } from 'node:querystring';

export function contentfulPath(path: string): string {
  const at = path.indexOf('?');
  const pathname = at >= 0 ? path.slice(0, at) : path;
  const search = at >= 0 ? path.slice(at + 1) : '';
  return encodeURI(search ? `${pathname}?${escapeQuery(search)}` : pathname);
}

export function contentfulHeaderLine(
  names: readonly string[],
  valueOf: (name: string) => string | null,
): string {
  return [...new Set(names.map((n) => n.trim().toLowerCase()).filter(Boolean))]
    .sort()
    .map((n) => `${n}:${(valueOf(n) ?? '').trim()}`)
    .join(';');
}
