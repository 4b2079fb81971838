// Public surface of the tunnel module for the service layer.
export { TunnelManager, joinWebhookUrl } from './tunnel-manager';
export type { TunnelManagerDeps, TunnelStatusListener } from './tunnel-manager';
export type { NgrokLike, NgrokListenerLike, NgrokForwardOptions } from './ngrok-like';
export { exponentialBackoff } from './backoff';
export type { Backoff, ExponentialBackoffOptions } from './backoff';
export type { Timers } from './timers';
export { redactSecrets } from './redact-secrets';
