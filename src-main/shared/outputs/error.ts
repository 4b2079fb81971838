// What every adapter answers when an operation fails: a stable code (front ends branch on it) and a
// message for people. The HTTP status of each code is in errors.ts.
import { z } from 'zod';
import { errorCodes, type ErrorCode } from '../errors';

export const apiErrorSchema = z
  .strictObject({
    code: z.enum(Object.keys(errorCodes) as [ErrorCode, ...ErrorCode[]]),
    message: z.string().describe('For people: what went wrong, naming the field or file concerned.'),
  })
  .meta({ id: 'ApiError', description: 'The answer of a failed operation (see Errors for each code).' });

/** What each code means, for the generated reference. */
export const errorMeanings: Record<ErrorCode, string> = {
  invalid_input:
    "The body is not JSON or does not match the operation's input schema (the message names the field).",
  unauthorized: 'Missing or wrong bearer token.',
  forbidden: 'Host or Origin refused.',
  not_found: 'The thing asked for does not exist.',
  unknown_operation: 'No such operation.',
  method_not_allowed: 'Use POST.',
  payload_too_large: 'Request body over 64 MB.',
  internal: 'Unexpected failure (details in the server log).',
  unavailable:
    'A file could not be written (disk full, read-only): nothing was changed. The message names the file.',
};
