// Rewrites the generated reference at the end of docs/api.md from the contract's schemas.
// Run with `npm run docs:api` after changing an operation, an output or an event.
import { readFileSync, writeFileSync } from 'node:fs';
import { withApiReference } from './api-reference';

const path = 'docs/api.md';
writeFileSync(path, await withApiReference(readFileSync(path, 'utf8'), path));
console.log(`${path}: reference regenerated`);
