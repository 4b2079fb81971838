// Every string the tunnel emits (logs, statuses, events) passes through here, because ngrok's own
// error messages can echo the authtoken back (ERR_NGROK_105: "Your authtoken: <token>").

const REDACTED = '[redacted]';

// Tokens too short to be real would redact ordinary words; ngrok authtokens are ~49 characters.
const MIN_SECRET_LENGTH = 4;

// Catches a token we were never told about (e.g. one from an older session) when ngrok labels it.
const labelledToken = /(authtoken["']?\s*[:=]\s*["']?)([^\s"',;]+)/gi;

export function redactSecrets(text: string, secrets: Iterable<string>): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH) result = result.split(secret).join(REDACTED);
  }
  return result.replace(labelledToken, (_match, label: string) => `${label}${REDACTED}`);
}
