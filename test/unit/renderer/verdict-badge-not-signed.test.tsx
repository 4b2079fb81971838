// @vitest-environment jsdom
// A provider that signs nothing (Postmark, Supabase database webhooks) gets "does not sign" in the
// capture list, not "unsigned": the user should not go looking for a signature that never exists.
// A request from a provider that does sign, with its signature missing, still reads "unsigned".
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderInfo } from '@shared/provider-types';
import { CaptureRow } from '../../../src-renderer/src/features/capture-list/CaptureRow';
import { VerdictBadge } from '../../../src-renderer/src/features/slots/VerdictBadge';
import { createQueryClient } from '../../../src-renderer/src/data/query-client';
import { CaptureListStore } from '../../../src-renderer/src/model/capture-list-store';
import { AppProvider } from '../../../src-renderer/src/state/app-context';
import { summary } from './support/captures';
import { fakeClient } from './support/fake-client';

afterEach(cleanup);

const provider = (id: string, name: string, secretKind: ProviderInfo['secretKind']): ProviderInfo => ({
  id,
  name,
  secretKind,
  secretHint: '',
  canResign: false,
  resignRefusal: 'n/a',
  templates: [],
  payloadFamilies: [],
});

function renderRows(rows: ReturnType<typeof summary>[]) {
  const client = fakeClient({
    listProviders: () => [
      provider('postmark', 'Postmark', 'none'),
      provider('supabase', 'Supabase', 'none'),
      provider('github', 'GitHub', 'shared-secret'),
    ],
  });
  const services = {
    client,
    captures: new CaptureListStore((input) => client.call('listCaptures', input)),
    queryClient: createQueryClient(),
  };
  render(
    <AppProvider services={services}>
      {rows.map((c) => (
        <CaptureRow key={c.id} capture={c} selected={false} onSelect={() => {}} onOpen={() => {}} />
      ))}
    </AppProvider>,
  );
}

const badgeOf = (id: number) =>
  document.querySelector(`[data-capture-id="${id}"] [data-verdict]`) as HTMLElement | null;

describe('the verdict badge of a provider that does not sign', () => {
  it('reads "does not sign" in the list for Postmark and Supabase, "unsigned" for GitHub without a signature', async () => {
    renderRows([
      summary({ id: 1, provider: 'postmark', verdict: 'unsigned' }),
      summary({ id: 2, provider: 'supabase', verdict: 'unsigned' }),
      summary({ id: 3, provider: 'github', verdict: 'unsigned' }),
    ]);
    await screen.findAllByText('does not sign');
    expect(badgeOf(1)?.textContent).toBe('does not sign');
    expect(badgeOf(1)?.title).toBe('This provider does not sign its webhooks');
    expect(badgeOf(2)?.textContent).toBe('does not sign');
    // Quiet in the list (icon, with the word for screen readers), and never "does not sign".
    expect(badgeOf(3)?.textContent).toBe('unsigned');
    expect(badgeOf(3)?.title).toBe('No signature on this request');
  });

  it('says it in full in the detail header wording', () => {
    render(<VerdictBadge verdict="unsigned" providerDoesNotSign long />);
    expect(screen.getByText('This provider does not sign its webhooks')).toBeTruthy();
  });
});
