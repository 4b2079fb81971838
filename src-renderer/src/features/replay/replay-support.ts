// The last URL typed for a replay, remembered for the next one. (Header rows are model/header-rows.ts;
// which providers can be re-signed comes from listProviders.)

const lastUrlKey = 'hookscope.replay.lastUrl';

export function lastReplayUrl(): string {
  try {
    return localStorage.getItem(lastUrlKey) ?? '';
  } catch {
    return '';
  }
}

export function rememberReplayUrl(url: string): void {
  try {
    localStorage.setItem(lastUrlKey, url);
  } catch {
    // Storage unavailable (private mode): the prompt simply starts empty next time.
  }
}
