// Every payload family the decoders can store on a capture: the message decoders, then the event
// families, in the order they are tried.
import { eventFamilies } from './events';
import { messageDecoderNames } from './payloads/types';

export const payloadFamilyIds: readonly string[] = [
  ...messageDecoderNames,
  ...eventFamilies.map((f) => f.family),
];
