// docs/api.md must document every operation and event of the contract (it is how users script
// the control API), so adding one without documenting it fails here.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { eventNames, operationNames } from '@shared/contract';

const doc = readFileSync('docs/api.md', 'utf8');

it.each(operationNames)('docs/api.md documents the operation %s', (name) => {
  expect(doc).toContain(`\`${name}\``);
});

it.each(eventNames)('docs/api.md documents the event %s', (name) => {
  expect(doc).toContain(`\`${name}\``);
});
