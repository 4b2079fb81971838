// "Use this": the proposed scheme becomes the generic scheme of the capture's path (replacing any
// mapping for that exact prefix) and the secret is stored under `generic`, labelled by the path.
import type { GenericHmacConfig } from '@shared/signature-types';
import type { Settings } from '@shared/types';

/** The path without its query: the prefix a sender's deliveries share. */
export function pathPrefixOf(path: string): string {
  const at = path.indexOf('?');
  return at >= 0 ? path.slice(0, at) : path;
}

export function withGenericForPath(
  providerByPath: Settings['providerByPath'],
  pathPrefix: string,
  generic: GenericHmacConfig,
): Settings['providerByPath'] {
  const rest = providerByPath.filter((r) => r.pathPrefix !== pathPrefix);
  // Longer (more specific) prefixes first, so this path's scheme wins over a broader mapping.
  return [{ pathPrefix, provider: 'generic', generic }, ...rest].sort(
    (a, b) => b.pathPrefix.length - a.pathPrefix.length,
  );
}
