// Nylas verifies a new webhook URL with GET ?challenge=<value> and activates it only when the body of
// a 200 answer (within 10 s) is exactly that value. Nylas documents no header that marks the
// request, so a challenge GET is taken as Nylas's unless it carries Dropbox's User-Agent.
import { challengeEcho } from '../kit/challenge-echo';

export const nylasChallenge = challengeEcho({
  kind: 'nylas-challenge',
  note: 'Nylas webhook verification (GET ?challenge=): answer 200 with exactly the challenge value as the body.',
  answeredNote: 'Nylas webhook verification: challenge echoed',
  isOwn: (userAgent) => !userAgent.startsWith('dropboxwebhooks/'),
});
