// Building blocks the output schemas share. Outputs are strict objects: a field the service returns
// but the schema does not describe fails the contract test (test/integration/contract-outputs.test.ts)
// instead of going undocumented.
import { z } from 'zod';

/** A UTC ISO-8601 timestamp ending in Z, any precision (captures carry microseconds). */
export const isoTime = z.iso.datetime();

export const headerPair = z
  .tuple([z.string(), z.string()])
  .meta({ id: 'HeaderPair', description: '[name, value], as received: original case, duplicates kept.' });
