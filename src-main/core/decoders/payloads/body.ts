// Turns the (content-decoded) body bytes into something a decoder can read: parsed JSON, a form,
// or nothing. Never throws: a body that does not parse is simply "not understood".
import { charsetDecoder, decodeForm } from '../content';

export type ParsedBody =
  { kind: 'json'; value: unknown } | { kind: 'form'; form: URLSearchParams } | { kind: 'none' };

function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function looksLikeJson(textBody: string): boolean {
  const first = textBody.trimStart()[0];
  return first === '{' || first === '[';
}

/** "a=1&b=2": a form needs at least one name=value pair of URL-safe characters. */
function looksLikeForm(textBody: string): boolean {
  return /^[\w.%+~-]+=[^\s]*$/.test(textBody.trim());
}

function queryOf(path: string): string {
  const index = path.indexOf('?');
  return index >= 0 ? path.slice(index + 1) : '';
}

export function parseBody(body: Buffer, contentType: string | null, path: string): ParsedBody {
  const type = mediaType(contentType);
  // TextDecoder (not body.toString) drops a UTF-8 BOM, which JSON.parse would reject.
  const decoder = charsetDecoder(contentType);
  const textBody = body.length > 0 ? decoder.decode(body) : '';
  if (
    type.endsWith('json') ||
    type.endsWith('+json') ||
    ((type === '' || type === 'text/plain') && looksLikeJson(textBody))
  ) {
    try {
      // JSON.parse defines "__proto__" as an ordinary own key (no prototype change), and every
      // later read goes through json-access.ts, so hostile keys stay inert.
      return { kind: 'json', value: JSON.parse(textBody) };
    } catch {
      return { kind: 'none' };
    }
  }
  if (type === 'application/x-www-form-urlencoded' || (type === '' && looksLikeForm(textBody))) {
    return { kind: 'form', form: decodeForm(body, decoder) };
  }
  // Twilio can be configured to call back with GET: the parameters are in the query string.
  if (textBody.trim() === '' && queryOf(path) !== '') {
    return { kind: 'form', form: new URLSearchParams(queryOf(path)) };
  }
  return { kind: 'none' };
}
