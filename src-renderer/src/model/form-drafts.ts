// Unsaved form input, kept per form so it outlives the component: switching to another capture or
// pane unmounts "Edit & replay" or a rule being edited, and coming back should find what was typed.
// A draft equal to what the form starts from is no draft (nothing to lose), and the oldest drafts
// give way past a bound so a long session does not keep every capture's edits.

/** Values compared by content: form values are plain data (strings, booleans, arrays, objects). */
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export class FormDrafts {
  private readonly drafts = new Map<string, unknown>();

  constructor(private readonly limit = 50) {}

  /**
   * Keeps `values` as the draft of form `key`, unless they equal `baseline` (what the form starts
   * from), in which case any draft is dropped.
   */
  keep(key: string, values: unknown, baseline: unknown): void {
    this.drafts.delete(key);
    if (same(values, baseline)) return;
    // A deep copy: the form goes on mutating its own objects.
    this.drafts.set(key, structuredClone(values));
    // Map order is insertion order, and keep() re-inserts: the first key is the least recently kept.
    while (this.drafts.size > this.limit) this.drafts.delete(this.drafts.keys().next().value as string);
  }

  /** The draft of form `key` (a copy), or undefined. */
  draft<T>(key: string): T | undefined {
    const values = this.drafts.get(key);
    return values === undefined ? undefined : (structuredClone(values) as T);
  }

  has(key: string): boolean {
    return this.drafts.has(key);
  }

  /** After a successful submit or an explicit "discard": the form starts afresh next time. */
  discard(key: string): void {
    this.drafts.delete(key);
  }

  get size(): number {
    return this.drafts.size;
  }
}

/** The renderer's drafts (one window's memory; not persisted across reloads). */
export const formDrafts = new FormDrafts();
