// A second window (or browser tab) stays current only if every change the UI can make is announced:
// secrets, forward settings and response rules each emit an event carrying what was saved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventName } from '@shared/contract';
import { startTestCore, type TestCore } from '../helpers/in-process-core';

let core: TestCore;
let seen: { event: EventName; payload: unknown }[];

beforeEach(async () => {
  core = await startTestCore();
  seen = [];
  core.service.onAny((event, payload) => seen.push({ event, payload }));
});
afterEach(() => core.dispose());

const of = (event: EventName) => seen.filter((e) => e.event === event).map((e) => e.payload);

describe('change events', () => {
  it('putSecret and deleteSecret announce the masked listing, never the value', async () => {
    await core.service.call('putSecret', {
      provider: 'stripe',
      label: 'prod',
      secret: 'whsec_topsecretvalue',
    });
    await core.service.call('deleteSecret', { provider: 'stripe', label: 'prod' });
    const listings = of('secrets.changed') as { provider: string; label: string }[][];
    expect(listings).toHaveLength(2);
    expect(listings[0]!.map((s) => `${s.provider}/${s.label}`)).toEqual(['stripe/prod']);
    expect(listings[1]).toEqual([]);
    expect(JSON.stringify(listings)).not.toContain('topsecretvalue');
  });

  it('deleting a secret that does not exist announces nothing', async () => {
    await core.service.call('deleteSecret', { provider: 'stripe', label: 'nope' });
    expect(of('secrets.changed')).toEqual([]);
  });

  it('setForwardSettings announces the saved settings', async () => {
    const saved = await core.service.call('setForwardSettings', {
      paused: true,
      targets: [
        { id: 't1', url: 'http://localhost:3000/hook', enabled: true, pathMode: 'append', match: {} },
      ],
    });
    expect(of('forwarding.changed')).toEqual([saved]);
  });

  it('setResponseRules announces the saved rules', async () => {
    const saved = await core.service.call('setResponseRules', { rules: [] });
    expect(of('responseRules.changed')).toEqual([saved]);
  });
});
