// A fresh Meta verify token: 16 random bytes as hex behind a readable prefix. It only has to be
// unguessable enough that a stranger cannot point Meta's verification at this receiver.
export function generateVerifyToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `hookscope-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
