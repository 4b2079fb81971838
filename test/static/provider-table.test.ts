// docs/providers.md is generated from the provider registry, so the docs cannot list a provider
// the code lacks (or miss one it has). After changing a provider, regenerate it with
//   npm run docs:providers
import { expect, it } from 'vitest';
import { listProviders, providerDefinition } from '../../src-main/core/providers/registry';
import type { ProviderInfo } from '@shared/provider-types';

const KIND: Record<ProviderInfo['secretKind'], string> = {
  'shared-secret': 'shared secret',
  'public-key': 'public key',
  token: 'token',
  none: 'none',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function providerTable(): string {
  const rows = listProviders().map((p) =>
    [
      `\`${p.id}\``,
      p.name,
      KIND[p.secretKind],
      p.secretHint,
      p.canResign ? 'yes' : `no: ${p.resignRefusal ?? ''}`,
      p.templates.map((t) => `\`${t}\``).join(', ') || '—',
      p.payloadFamilies.map((f) => `\`${f}\``).join(', ') || '—',
      providerDefinition(p.id)?.reference ?? '—',
    ]
      .map(cell)
      .join(' | '),
  );
  return [
    '# Providers',
    '',
    '<!-- Generated from src-main/core/providers/registry.ts by test/static/provider-table.test.ts;',
    '     regenerate with `npm run docs:providers`. -->',
    '',
    'Every provider Hookscope understands, in detection order (the first of equally confident',
    'providers wins). The same list reaches the UI through the `listProviders` operation. To add one,',
    'see "Adding a provider" in `architecture.md`. "Confirmed against" is the provider\'s own page or',
    'official SDK source the scheme was checked with.',
    '',
    '| id | name | secret kind | what to store, and where to find it | re-signs | sample events | payload families | confirmed against |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
    '',
  ].join('\n');
}

it('docs/providers.md lists exactly the registered providers', async () => {
  await expect(providerTable()).toMatchFileSnapshot('../../docs/providers.md');
});
