// Dropbox verifies a webhook URL with an unsigned GET ?challenge=<value> and enables it only when
// the response body is that value (text/plain, nosniff). Dropbox's requests carry
// `User-Agent: DropboxWebhooks/1.0`; that is what tells its challenge from Nylas's identical one.
import { challengeEcho } from '../kit/challenge-echo';

export const dropboxChallenge = challengeEcho({
  kind: 'dropbox-challenge',
  note: 'Dropbox webhook verification (GET ?challenge=): echo the challenge as text/plain with 200.',
  answeredNote: 'Dropbox webhook verification: challenge echoed',
  isOwn: (userAgent) => userAgent.startsWith('dropboxwebhooks/'),
});
