// Unsaved form input survives the form being closed (a pane switch), until it is sent or discarded.
import { describe, expect, it } from 'vitest';
import { FormDrafts } from '../../../src-renderer/src/model/form-drafts';

const baseline = { method: 'POST', path: '/hook', headers: [{ name: 'A', value: '1' }] };

describe('form drafts', () => {
  it('gives back what was typed after the form went away', () => {
    const drafts = new FormDrafts();
    const typed = { ...baseline, path: '/edited', headers: [{ name: 'A', value: '2' }] };
    drafts.keep('replay:7', typed, baseline);
    expect(drafts.draft('replay:7')).toEqual(typed);
    expect(drafts.draft('replay:8')).toBeUndefined();
  });

  it('is not changed by the form mutating its values afterwards', () => {
    const drafts = new FormDrafts();
    const typed = { ...baseline, headers: [{ name: 'A', value: '2' }] };
    drafts.keep('replay:7', typed, baseline);
    typed.headers[0]!.value = '3';
    const first = drafts.draft<typeof typed>('replay:7')!;
    first.headers[0]!.value = '4';
    expect(drafts.draft('replay:7')).toEqual({ ...baseline, headers: [{ name: 'A', value: '2' }] });
  });

  it('holds nothing once the values are back to where the form started', () => {
    const drafts = new FormDrafts();
    drafts.keep('compose', { ...baseline, path: '/x' }, baseline);
    expect(drafts.has('compose')).toBe(true);
    drafts.keep('compose', structuredClone(baseline), baseline);
    expect(drafts.has('compose')).toBe(false);
    expect(drafts.size).toBe(0);
  });

  it('forgets a draft once it is sent or discarded', () => {
    const drafts = new FormDrafts();
    drafts.keep('rule:a', { status: '500' }, { status: '200' });
    drafts.discard('rule:a');
    expect(drafts.draft('rule:a')).toBeUndefined();
  });

  it('keeps each form apart', () => {
    const drafts = new FormDrafts();
    drafts.keep('replay:1', { path: '/one' }, baseline);
    drafts.keep('replay:2', { path: '/two' }, baseline);
    expect(drafts.draft('replay:1')).toEqual({ path: '/one' });
    expect(drafts.draft('replay:2')).toEqual({ path: '/two' });
  });

  it('lets the least recently edited drafts go past its bound', () => {
    const drafts = new FormDrafts(2);
    drafts.keep('a', { v: 1 }, {});
    drafts.keep('b', { v: 1 }, {});
    drafts.keep('a', { v: 2 }, {}); // edited again: now the most recent
    drafts.keep('c', { v: 1 }, {});
    expect([drafts.has('a'), drafts.has('b'), drafts.has('c')]).toEqual([true, false, true]);
    expect(drafts.draft('a')).toEqual({ v: 2 });
  });
});
