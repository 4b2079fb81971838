// The tunnel error the user closed, remembered for this browser session so a reload does not open
// the same callout again; a new error (or the tunnel leaving the error state) forgets it.
const key = 'hookscope.tunnelErrorDismissed';

export function dismissedError(): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

export function rememberDismissedError(errorKey: string): void {
  try {
    sessionStorage.setItem(key, errorKey);
  } catch {
    // Not remembered: a reload shows the callout again, nothing worse.
  }
}

export function forgetDismissedError(): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing stored.
  }
}
