// Stable error codes shared by every adapter. Front ends branch on `code`, people read `message`.
import type { z } from 'zod';
import type { apiErrorSchema } from './outputs/error';

export const errorCodes = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  unknown_operation: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

export class InspectorError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'InspectorError';
    this.code = code;
  }
  toJSON(): ApiErrorBody {
    return { code: this.code, message: this.message };
  }
}

export function httpStatusFor(code: ErrorCode): number {
  return errorCodes[code];
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorBody).code === 'string' &&
    typeof (value as ApiErrorBody).message === 'string'
  );
}
