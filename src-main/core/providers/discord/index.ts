// Discord interactions: Ed25519 over <timestamp><body>, checked with the application's public key.
import type { ProviderDefinition } from '../types';
import { detectDiscord, discordVerification } from './verify';

export const discord: ProviderDefinition = {
  id: 'discord',
  name: 'Discord interactions',
  reference: null,
  secretKind: 'public-key',
  secretHint:
    'Application Public Key (64 hex chars): Developer Portal › General Information (not the bot token).',
  detect: detectDiscord,
  verification: discordVerification,
  receiverHandshake: null,
  resign: {
    refusal: 'Discord signs with its private key (Ed25519); only Discord can produce a valid signature',
  },
  compose: {
    noTemplates: 'Only Discord can sign (Ed25519 private key), so a sample would never verify.',
  },
  payloadFamilies: [],
};
