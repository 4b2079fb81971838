// @vitest-environment jsdom
// Chunked trailers are part of what the sender sent: the Headers tab shows them after the headers,
// in their own table, saying they came after the body. A request without trailers shows no such table.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HeadersTab } from '../../../src-renderer/src/features/detail/HeadersTab';
import { detail } from './support/captures';

afterEach(cleanup);

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent,
      within(row).getAllByRole('cell')[0]!.textContent,
    ]);

describe('Headers tab', () => {
  it('shows chunked trailers in their own table after the headers', () => {
    render(
      <HeadersTab
        detail={detail({
          headers: [
            ['Transfer-Encoding', 'chunked'],
            ['Trailer', 'X-Checksum'],
          ],
          trailers: [['X-Checksum', 'abc123']],
        })}
      />,
    );
    expect(rowsOf(screen.getByRole('table', { name: 'Request headers' }))).toEqual([
      ['Transfer-Encoding', 'chunked'],
      ['Trailer', 'X-Checksum'],
    ]);
    expect(rowsOf(screen.getByRole('table', { name: 'Trailers' }))).toEqual([['X-Checksum', 'abc123']]);
    expect(screen.getByText('1 trailer, sent after the chunked body')).toBeTruthy();
  });

  it('shows no trailers table when the request had none', () => {
    render(<HeadersTab detail={detail({ headers: [['Content-Length', '2']] })} />);
    expect(screen.queryByRole('table', { name: 'Trailers' })).toBeNull();
  });
});
