// @vitest-environment jsdom
// The toolbar controls are the kit's (SearchInput, compact TextInput and SelectInput): the capture
// search still filters after its debounce, Esc still clears it and then leaves it, the quick
// filters still narrow the list, the conversations search still searches, and the provider
// override still asks the core to verify the capture as another provider.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProviderInfo } from '@shared/provider-types';
import { SearchBar } from '../../../src-renderer/src/features/search/SearchBar';
import { SignatureTab } from '../../../src-renderer/src/features/signature/SignatureTab';
import { createQueryClient } from '../../../src-renderer/src/data/query-client';
import { CaptureListStore } from '../../../src-renderer/src/model/capture-list-store';
import { noFilters, type CaptureFilters } from '../../../src-renderer/src/model/capture-filters';
import { AppProvider } from '../../../src-renderer/src/state/app-context';
import { detail } from './support/captures';
import { fakeClient, type FakeClient } from './support/fake-client';

afterEach(cleanup);

const stripe: ProviderInfo = {
  id: 'stripe',
  name: 'Stripe',
  secretKind: 'shared-secret',
  secretHint: '',
  canResign: true,
  resignRefusal: '',
  templates: [],
  payloadFamilies: [],
};

function renderWith(client: FakeClient, ui: React.ReactNode) {
  const services = {
    client,
    captures: new CaptureListStore((input) => client.call('listCaptures', input)),
    queryClient: createQueryClient(),
  };
  return render(<AppProvider services={services}>{ui}</AppProvider>);
}

const client = () =>
  fakeClient({
    listProviders: () => [stripe],
    listPayloadFamilies: () => [],
  });

describe('the capture search bar', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function renderBar(filters: CaptureFilters = noFilters) {
    const onChange = vi.fn<(f: CaptureFilters) => void>();
    const onLeave = vi.fn();
    renderWith(client(), <SearchBar filters={filters} onChange={onChange} onLeave={onLeave} />);
    return { onChange, onLeave, input: screen.getByRole('searchbox', { name: 'Search captures' }) };
  }

  it('filters by the typed text once typing pauses, not on every keystroke', () => {
    const { onChange, input } = renderBar();
    fireEvent.change(input, { target: { value: 'marm' } });
    fireEvent.change(input, { target: { value: 'marmalade' } });
    expect(onChange).not.toHaveBeenCalled();
    act(() => vi.runAllTimers());
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![0]).toMatchObject({ query: 'marmalade' });
  });

  it('shows the "/" hint only while empty; Esc clears the text, a second Esc leaves the box', () => {
    const { onLeave, input } = renderBar();
    const box = input.closest('label')!;
    expect(box.textContent).toContain('/');
    fireEvent.change(input, { target: { value: 'x' } });
    expect(box.textContent).not.toContain('/');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect((input as HTMLInputElement).value).toBe('');
    expect(onLeave).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(onLeave).toHaveBeenCalledTimes(1);
  });

  it('narrows by method and signer at once, and by path and status after the debounce', async () => {
    const { onChange } = renderBar();
    fireEvent.change(screen.getByRole('combobox', { name: 'Method' }), { target: { value: 'PUT' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ method: 'PUT' }));
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    const signer = screen.getByRole('combobox', { name: 'Signed by' });
    expect([...signer.querySelectorAll('option')].map((o) => o.textContent)).toContain('Stripe');
    fireEvent.change(signer, { target: { value: 'stripe' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ provider: 'stripe' }));
    onChange.mockClear();
    fireEvent.change(screen.getByRole('textbox', { name: 'Path starts with' }), { target: { value: '/a/' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Response status' }), { target: { value: '4xx' } });
    act(() => vi.runAllTimers());
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ pathPrefix: '/a/', status: '4xx' }));
  });

  it('marks a status that is neither a code nor a class as invalid, and does not filter by it', () => {
    const { onChange } = renderBar();
    const status = screen.getByRole('textbox', { name: 'Response status' });
    fireEvent.change(status, { target: { value: '9x' } });
    act(() => vi.runAllTimers());
    expect(status.getAttribute('aria-invalid')).toBe('true');
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('the provider override of the Signature tab', () => {
  it('asks the core to verify the capture as the chosen provider, and back to auto-detect', async () => {
    const c = client();
    c.handlers.setCaptureProvider = (input) =>
      detail({ id: 7, providerOverride: (input as { provider: string | null }).provider });
    renderWith(c, <SignatureTab detail={detail({ id: 7 })} />);
    const select = await screen.findByRole('combobox', { name: 'Provider' });
    await screen.findByRole('option', { name: 'Stripe' });
    fireEvent.change(select, { target: { value: 'stripe' } });
    fireEvent.change(select, { target: { value: '' } });
    await vi.waitFor(() =>
      expect(c.calls.filter((call) => call.name === 'setCaptureProvider').map((call) => call.input)).toEqual([
        { id: 7, provider: 'stripe' },
        { id: 7, provider: null },
      ]),
    );
  });
});
