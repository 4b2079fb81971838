// Provider error objects → CardError. Meta uses one shape at every level (payload, message,
// status, calls): {code, title, message, error_data: {details}, href}.
import type { CardError } from '@shared/cards';
import { list, nonEmpty, own, record, text } from './json-access';

export function metaErrors(container: unknown): CardError[] {
  const errors: CardError[] = [];
  for (const raw of list(container, 'errors')) {
    const title = nonEmpty(raw, 'title');
    const message = nonEmpty(raw, 'message');
    errors.push({
      code: text(raw, 'code'),
      title: title ?? message,
      // Meta repeats the title as message; keep it only when it adds something.
      message: message !== null && message !== title ? message : null,
      details: nonEmpty(record(raw, 'error_data'), 'details') ?? nonEmpty(raw, 'details'),
      href: nonEmpty(raw, 'href'),
    });
  }
  return errors;
}

/** "131051 Message type unknown" — the one-line form used in summaries. */
export function errorLine(error: CardError): string {
  return [error.code, error.title ?? error.message].filter((part) => part !== null).join(' ') || 'error';
}

export function hasErrors(container: unknown): boolean {
  return Array.isArray(own(container, 'errors'));
}
