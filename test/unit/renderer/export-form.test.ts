// The export form asks startExport for what the user picked, and refuses an empty selection.
import { describe, expect, it } from 'vitest';
import { effectiveScope, exportForm } from '../../../src-renderer/src/model/export-form';

describe('export form', () => {
  const selection = { selectedId: 7, loadedIds: [3, 5, 7] };

  it('exports the selected capture, the loaded matches, or everything', () => {
    expect(exportForm(selection).parse({ scope: 'selected', format: 'har' })).toEqual({
      ids: [7],
      format: 'har',
    });
    expect(exportForm(selection).parse({ scope: 'filtered', format: 'json' })).toEqual({
      ids: [3, 5, 7],
      format: 'json',
    });
    expect(exportForm(selection).parse({ scope: 'all', format: 'json' })).toEqual({ format: 'json' });
  });

  it('exports everything when "selected" is chosen but nothing is selected', () => {
    const none = { selectedId: null, loadedIds: [] };
    expect(effectiveScope('selected', none)).toBe('all');
    expect(exportForm(none).parse({ scope: 'selected', format: 'har' })).toEqual({ format: 'har' });
  });

  it('says so when the search matches nothing, on the scope', () => {
    const result = exportForm({ selectedId: null, loadedIds: [] }).safeParse({
      scope: 'filtered',
      format: 'har',
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['scope', 'Nothing to export: no capture matches the current filter.'],
    ]);
  });
});
