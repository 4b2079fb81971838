// "Use this" in the scheme finder: the capture's path (without its query) gets the generic scheme,
// replacing an earlier mapping of the same prefix, and ahead of broader prefixes so it wins there.
import { describe, expect, it } from 'vitest';
import {
  pathPrefixOf,
  withGenericForPath,
} from '../../../src-renderer/src/features/signature/scheme-finder-save';
import type { GenericHmacConfig } from '@shared/signature-types';

const config: GenericHmacConfig = { header: 'X-Sig', algorithm: 'sha256', encoding: 'hex' };

describe('saving a found scheme for a path', () => {
  it('uses the path without its query', () => {
    expect(pathPrefixOf('/hooks/acme?attempt=2')).toBe('/hooks/acme');
  });

  it('replaces the mapping of the same prefix and keeps the others, most specific first', () => {
    const next = withGenericForPath(
      [
        { pathPrefix: '/hooks', provider: 'stripe' },
        { pathPrefix: '/hooks/acme', provider: 'github' },
      ],
      '/hooks/acme',
      config,
    );
    expect(next).toEqual([
      { pathPrefix: '/hooks/acme', provider: 'generic', generic: config },
      { pathPrefix: '/hooks', provider: 'stripe' },
    ]);
  });
});
