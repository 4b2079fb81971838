// @vitest-environment jsdom
// One bad card never blanks the app: the pane says what failed, offers the details to copy, and
// renders again when asked or when another capture is selected.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src-renderer/src/components/ErrorBoundary';
import { failureReport } from '../../../src-renderer/src/model/failure-report';

afterEach(cleanup);

let broken = true;
function Card({ text }: { text: string }) {
  if (broken) throw new TypeError(`cannot read 'slice' of null (${text})`);
  return <p>{text}</p>;
}

describe('ErrorBoundary', () => {
  it('shows what failed next to the panes that still work, and recovers on "Try again"', () => {
    broken = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <ErrorBoundary pane="message card">
          <Card text="first" />
        </ErrorBoundary>
        <p>the list still works</p>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      "The message card could not be shown: cannot read 'slice' of null (first)",
    );
    expect(screen.getByText('the list still works')).toBeTruthy();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('first')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('starts over when another capture is selected', () => {
    broken = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(
      <ErrorBoundary pane="capture detail" resetKey={1}>
        <Card text="one" />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    broken = false;
    rerender(
      <ErrorBoundary pane="capture detail" resetKey={2}>
        <Card text="two" />
      </ErrorBoundary>,
    );
    expect(screen.getByText('two')).toBeTruthy();
  });

  it('copies the details for a bug report', async () => {
    broken = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(
      <ErrorBoundary pane="body view">
        <Card text="x" />
      </ErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy details' }));
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy());
    const copied = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(copied).toContain('body view failed to render');
    expect(copied).toContain("TypeError: cannot read 'slice' of null (x)");
    expect(copied).toContain('Components:');
  });
});

describe('failureReport', () => {
  it('names the pane and the error, with stack and components when known', () => {
    const report = failureReport('capture list', new RangeError('too deep'), '\n    at Row', '1.2.3');
    expect(report.headline).toBe('The capture list could not be shown: too deep');
    expect(report.details.split('\n')[0]).toBe('Hookscope 1.2.3: capture list failed to render');
    expect(report.details).toContain('RangeError: too deep');
    expect(report.details).toContain('Components:\n    at Row');
  });

  it('copes with something thrown that is not an Error', () => {
    const report = failureReport('top bar', 'boom', null, null);
    expect(report.headline).toBe('The top bar could not be shown: boom');
    expect(report.details).not.toContain('Components:');
  });
});
