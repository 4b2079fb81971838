// The reference at the end of docs/api.md is generated from the contract's zod schemas
// (scripts/api-reference.ts). A schema changed without regenerating it fails here:
//   npm run docs:api
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { referenceMarker, withApiReference } from '../../scripts/api-reference';

const doc = readFileSync('docs/api.md', 'utf8');

it('docs/api.md ends with the reference generated from the current schemas', async () => {
  expect(doc).toContain(referenceMarker);
  expect(doc === (await withApiReference(doc)), 'docs/api.md is stale: run `npm run docs:api`').toBe(true);
});

it('a changed schema makes the stored reference stale', async () => {
  // What the check above compares against really follows the schemas: dropping a documented
  // field from the stored file is noticed.
  const edited = doc.replace(/\| `replayOf` +\|[^\n]*\n/, '');
  expect(edited).not.toBe(doc);
  expect(await withApiReference(edited)).toBe(await withApiReference(doc));
  expect(edited === (await withApiReference(edited))).toBe(false);
});
