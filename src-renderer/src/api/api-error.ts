// One error type for both transports, so the UI branches on `code` and never on transport details.
import { isApiErrorBody } from '@shared/errors';

export class ApiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** Normalises anything thrown by a transport (Error, {code,message}, string) into an ApiError. */
export function toApiError(value: unknown): ApiError {
  if (value instanceof ApiError) return value;
  if (isApiErrorBody(value)) return new ApiError(value.code, value.message);
  if (value instanceof Error) {
    const code = (value as Error & { code?: unknown }).code;
    return new ApiError(typeof code === 'string' ? code : 'internal', value.message);
  }
  return new ApiError('internal', String(value));
}
