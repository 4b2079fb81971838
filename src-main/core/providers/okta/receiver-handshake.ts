// Okta activates an event hook only after a GET carrying X-Okta-Verification-Challenge is answered
// with that value as {"verification": …}. One header lookup per GET; nothing else is read.
import { headerOf } from '../kit/request-peek';
import type { ReceiverHandshake } from '../types';
import { OKTA_CHALLENGE } from './verify';

export const oktaReceiverHandshake: ReceiverHandshake = {
  methods: ['GET'],
  needsQuery: false,
  answer(req, settings) {
    const challenge = headerOf(req.headers, OKTA_CHALLENGE);
    if (challenge === null) return null;
    const secrets = settings.secrets();
    const auth = headerOf(req.headers, 'authorization');
    const tokenNote =
      secrets.length === 0
        ? 'authentication value not checked (none stored)'
        : auth !== null && secrets.includes(auth)
          ? 'authentication value matches the stored one'
          : 'authentication value does NOT match the stored one';
    return {
      status: 200,
      body: JSON.stringify({ verification: challenge }),
      contentType: 'application/json',
      note: `Okta event hook verification: challenge answered; ${tokenNote}`,
    };
  },
};
