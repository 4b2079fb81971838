// Turns the (content-decoded) body bytes into something a decoder can read: parsed JSON, a form,
// or nothing. Never throws: a body that does not parse is simply "not understood".

export type ParsedBody =
  { kind: 'json'; value: unknown } | { kind: 'form'; form: URLSearchParams } | { kind: 'none' };

const UTF8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * The decoder for the declared charset (`charset=iso-8859-1` → windows-1252, as browsers do), UTF-8
 * when none is declared or the label is unknown. A Latin-1 "Jörg" must not become "J\uFFFDrg".
 */
export function charsetDecoder(contentType: string | null): InstanceType<typeof TextDecoder> {
  const label = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1];
  if (label === undefined) return UTF8;
  try {
    return new TextDecoder(label, { fatal: false, ignoreBOM: false });
  } catch {
    return UTF8;
  }
}

/** "+" and %XX escapes back to bytes: URLSearchParams would read the bytes as UTF-8. */
function unescapeFormBytes(part: Buffer): Buffer {
  const out = Buffer.alloc(part.length);
  let n = 0;
  for (let i = 0; i < part.length; i++) {
    const byte = part[i] ?? 0;
    const hex = part.toString('latin1', i + 1, i + 3);
    if (byte === 0x25 && /^[0-9a-f]{2}$/i.test(hex)) {
      out[n++] = parseInt(hex, 16);
      i += 2;
    } else out[n++] = byte === 0x2b ? 0x20 : byte;
  }
  return out.subarray(0, n);
}

/** A form in its declared charset (ASCII-compatible charsets: "&" and "=" are single bytes). */
function parseForm(
  body: Buffer,
  textBody: string,
  decoder: InstanceType<typeof TextDecoder>,
): URLSearchParams {
  if (decoder.encoding === 'utf-8') return new URLSearchParams(textBody);
  const form = new URLSearchParams();
  for (const pair of body.toString('latin1').split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const text = (raw: string) => decoder.decode(unescapeFormBytes(Buffer.from(raw, 'latin1')));
    form.append(text(at < 0 ? pair : pair.slice(0, at)), at < 0 ? '' : text(pair.slice(at + 1)));
  }
  return form;
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
    return { kind: 'form', form: parseForm(body, textBody, decoder) };
  }
  // Twilio can be configured to call back with GET: the parameters are in the query string.
  if (textBody.trim() === '' && queryOf(path) !== '') {
    return { kind: 'form', form: new URLSearchParams(queryOf(path)) };
  }
  return { kind: 'none' };
}
