// Bodies travel as base64 in the contract; the editors show text when the bytes are UTF-8 and fall
// back to base64 otherwise. Pure functions, no DOM.
import { base64ToBytes } from '../../lib/bytes';

/** Encodes bytes as base64 in chunks (a spread of a 10 MB array would overflow the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export function textToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

/** The bytes as text when they are valid UTF-8 without NULs; null when they are binary. */
export function base64ToText(base64: string): string | null {
  const bytes = base64ToBytes(base64);
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Lenient decode for display (bad sequences become U+FFFD). */
export function base64ToDisplayText(base64: string): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(base64ToBytes(base64));
}

/** Checks a user-typed base64 string; returns the normalised value or null. */
export function normaliseBase64(input: string): string | null {
  const compact = input.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) return null;
  try {
    return bytesToBase64(base64ToBytes(compact));
  } catch {
    return null;
  }
}

/** Pretty JSON when the text parses, else the text as is. */
export function prettyIfJson(text: string): string {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return text;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
