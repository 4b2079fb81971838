// The export form: which captures (the selected one, those the current search shows, or all) and
// the format, turned into startExport's input and checked with its schema (exportCapturesInput).
import { z } from 'zod';
import { exportCapturesInput, type ExportCapturesInput } from '@shared/replay-types';

export type ExportScope = 'selected' | 'filtered' | 'all';

export interface ExportFormValues {
  scope: ExportScope;
  format: 'har' | 'json';
}

/** What the list holds when the form is sent. */
export interface ExportSelection {
  selectedId: number | null;
  /** The ids the current search has loaded. */
  loadedIds: readonly number[];
}

/** The scope that applies: "selected" with nothing selected means everything. */
export const effectiveScope = (scope: ExportScope, selection: ExportSelection): ExportScope =>
  scope === 'selected' && selection.selectedId === null ? 'all' : scope;

/** The form's schema for a given state of the list (its ids are not form fields). */
export function exportForm(selection: ExportSelection): z.ZodType<ExportCapturesInput, ExportFormValues> {
  return z
    .object({ scope: z.enum(['selected', 'filtered', 'all']), format: z.enum(['har', 'json']) })
    .transform((v, ctx) => {
      const scope = effectiveScope(v.scope, selection);
      const ids =
        scope === 'selected'
          ? [selection.selectedId!]
          : scope === 'filtered'
            ? [...selection.loadedIds]
            : undefined;
      if (ids && ids.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['scope'],
          message: 'Nothing to export: no capture matches the current filter.',
        });
        return z.NEVER;
      }
      const input = exportCapturesInput.safeParse(ids ? { ids, format: v.format } : { format: v.format });
      if (input.success) return input.data;
      for (const issue of input.error.issues)
        ctx.addIssue({
          code: 'custom',
          path: [issue.path[0] === 'format' ? 'format' : 'scope'],
          message: issue.message,
        });
      return z.NEVER;
    });
}
