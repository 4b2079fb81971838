// The slice of `@ngrok/ngrok` the tunnel uses. Keeping it this small lets tests inject a fake module
// and keeps the manager honest about what it relies on. The real module satisfies it (checked in
// load-ngrok.ts at compile time).

/** Options passed to `forward()`: the key names are the module's own (snake_case included). */
export interface NgrokForwardOptions {
  /** Always `127.0.0.1:<receiverPort>`: the receiver, and nothing else, goes public. */
  addr: string;
  proto: 'http';
  authtoken: string;
  domain?: string;
  /**
   * forward() keeps one process-wide session and reuses it; a fresh one makes a new authtoken and
   * our status callback take effect.
   */
  force_new_session: boolean;
  /** Called with 'connected' when the session (re)connects and 'closed' when it drops. */
  onStatusChange: (status: string) => void;
}

export interface NgrokListenerLike {
  url(): string | null;
  close(): Promise<void>;
}

export interface NgrokLike {
  forward(options: NgrokForwardOptions): Promise<NgrokListenerLike>;
  /** With no URL: closes every listener and drops the module's shared session. */
  disconnect?(url?: string): Promise<void>;
}
