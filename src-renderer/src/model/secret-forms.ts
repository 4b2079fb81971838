// The forms that take a secret: the scheme finder's two steps (the secret to try, then the path the
// found scheme is saved for). Their rules are the contract's: findSignatureScheme's secret and a
// path mapping's prefix, so the form refuses what the API would, in its words. (Add a secret uses
// putSecret's input schema as it is.)
import { z } from 'zod';
import { pathPrefix } from '@shared/contract';
import { findSignatureSchemeInput } from '@shared/signature-types';
import { textField } from './text-fields';

export interface SchemeFinderValues {
  secret: string;
}

/** The secret as pasted: kept byte for byte, like the API keeps it. */
export const schemeFinderForm: z.ZodType<SchemeFinderValues, SchemeFinderValues> = z.object({
  secret: findSignatureSchemeInput.shape.secret,
});

export interface SchemePrefixValues {
  prefix: string;
}

/** The path prefix whose captures are verified with the found scheme (trimmed). */
export const schemePrefixForm: z.ZodType<SchemePrefixValues, SchemePrefixValues> = z.object({
  prefix: textField(pathPrefix),
});
