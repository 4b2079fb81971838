// The list's signer and payload-family filters, as the server applies them (listCaptures input)
// and as live inserts are judged before and after their analysis.
import { describe, expect, it } from 'vitest';
import {
  hasAnyFilter,
  matchesLive,
  noFilters,
  parseStatusFilter,
  toListInput,
} from '../../../src-renderer/src/model/capture-filters';
import type { CaptureSummary } from '@shared/types';

const summary = (over: Partial<CaptureSummary>): CaptureSummary => ({
  id: 1,
  receivedAt: '2026-12-04T20:00:00.000000Z',
  method: 'POST',
  path: '/webhook',
  status: 200,
  size: 10,
  contentType: 'application/json',
  kind: 'request',
  note: null,
  provider: null,
  payloadFamily: null,
  verdict: null,
  summary: null,
  duplicateOf: null,
  timestampAge: null,
  origin: null,
  replayOf: null,
  forward: null,
  ...over,
});

describe('signer and payload family filters', () => {
  const bySigner = { ...noFilters, provider: 'meta' };
  const byFamily = { ...noFilters, payloadFamily: 'socialhook' };

  it('are sent to the core as two separate fields', () => {
    expect(toListInput({ ...bySigner, payloadFamily: 'whatsapp-cloud' })).toEqual({
      provider: 'meta',
      payloadFamily: 'whatsapp-cloud',
    });
    expect(toListInput(noFilters)).toEqual({});
  });

  it('treat a capture not analysed yet as unknown, then match on the field they name', () => {
    expect(matchesLive(bySigner, summary({}))).toBe('unknown');
    expect(
      matchesLive(bySigner, summary({ provider: 'meta', payloadFamily: 'whatsapp-cloud', verdict: 'pass' })),
    ).toBe('match');
    // A family name never satisfies a signer filter, and the other way round.
    expect(matchesLive(bySigner, summary({ payloadFamily: 'socialhook' }))).toBe('no-match');
    expect(matchesLive(byFamily, summary({ payloadFamily: 'socialhook' }))).toBe('match');
    expect(matchesLive(byFamily, summary({ provider: 'meta', verdict: 'unsigned' }))).toBe('no-match');
  });
});

describe('"Failures" quick filter', () => {
  const failures = { ...noFilters, failuresOnly: true };

  it('asks the core for what a verifier rejects: mismatches and stale signatures', () => {
    expect(toListInput(failures).verdicts).toEqual(['fail', 'stale']);
  });

  it('keeps a live stale capture and drops a passing one', () => {
    expect(matchesLive(failures, summary({ verdict: 'stale', timestampAge: 400 }))).toBe('match');
    expect(matchesLive(failures, summary({ verdict: 'fail' }))).toBe('match');
    expect(matchesLive(failures, summary({ verdict: 'pass' }))).toBe('no-match');
    expect(matchesLive(failures, summary({ verdict: null }))).toBe('unknown');
  });
});

describe('the status box and "any filter"', () => {
  it('accepts an exact status or a class, and nothing else', () => {
    expect(parseStatusFilter(' 404 ')).toBe(404);
    expect(parseStatusFilter('4XX')).toBe('4xx');
    expect(parseStatusFilter('600')).toBeNull();
    expect(parseStatusFilter('4x')).toBeNull();
  });

  it('a whitespace-only query is no filter; any other field is', () => {
    expect(hasAnyFilter({ ...noFilters, query: '   ' })).toBe(false);
    expect(hasAnyFilter({ ...noFilters, status: '5xx' })).toBe(true);
    expect(matchesLive({ ...noFilters, status: '5xx' }, summary({ status: 503 }))).toBe('match');
    expect(matchesLive({ ...noFilters, status: 404 }, summary({ status: 400 }))).toBe('no-match');
    expect(matchesLive({ ...noFilters, method: 'get' }, summary({ method: 'POST' }))).toBe('no-match');
  });
});
