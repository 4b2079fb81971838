// Forwarding: every received capture goes, as received, to each forward target whose routing rule
// fits. It runs strictly after the receiver's answer (enqueue defers to the next macrotask) and
// through a small bounded queue, so a slow or dead local handler can neither delay the provider's
// acknowledgement nor pile up unbounded memory under a burst.
import type { CaptureOrigin, ForwardSettings, SendOutcome } from '../../shared/replay-types';
import { signerOf } from '../providers/signer-of';
import { buildOutgoing } from './build-outgoing';
import { eventTypesOf } from './event-types';
import { routingNeeds, targetsFor } from './forward-routing';
import { sendRequest, type OutgoingRequest, type SendOptions } from './send-request';
import { targetUrlFor } from './target-url';
import { carriesHopHeader, HOP_HEADER } from './forward-loop';

/** Marks a forwarded request so that a receiver it reaches (this one, or another Hookscope) won't forward it again. */
function withHopHeader(req: OutgoingRequest): OutgoingRequest {
  return { ...req, headers: [...req.headers, [HOP_HEADER, '1']] };
}

export interface ForwardableCapture {
  id: number;
  method: string;
  path: string;
  headers: [string, string][];
  body: Buffer;
  /** Only 'request' captures are forwarded (not rejected bodies, not Meta's GET handshake). */
  kind: string;
  bodyTruncated?: boolean;
  /** Replays, imports and test events are not forwarded again (a replay would otherwise echo). */
  origin?: CaptureOrigin | null;
}

export interface ForwarderOptions {
  settings: () => ForwardSettings;
  /** Every outcome of one capture, once all its targets answered or failed. */
  onOutcomes: (captureId: number, outcomes: SendOutcome[]) => void;
  /** Provider id for routing; default: detection from the request (the service adds path mappings). */
  providerOf?: (capture: ForwardableCapture) => string | null;
  send?: (req: OutgoingRequest, options: SendOptions) => Promise<SendOutcome>;
  timeoutMs?: number;
  maxResponseBytes?: number;
  /** Sends in flight at once. Default 8. */
  concurrency?: number;
  /** Captures waiting beyond this are skipped (and reported once per burst). Default 1000. */
  maxQueued?: number;
  onSkipped?: (captureId: number, reason: string) => void;
}

export class Forwarder {
  private readonly queue: ForwardableCapture[] = [];
  private active = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly options: ForwarderOptions) {}

  /** Returns at once; the capture is sent later. Call after the receiver has answered. */
  enqueue(capture: ForwardableCapture): void {
    const settings = this.options.settings();
    if (
      settings.paused ||
      capture.kind !== 'request' ||
      capture.origin ||
      !settings.targets.some((t) => t.enabled)
    )
      return;
    if (carriesHopHeader(capture.headers)) {
      this.options.onSkipped?.(
        capture.id,
        `it was itself forwarded by a Hookscope (${HOP_HEADER} header); forwarding it again would loop`,
      );
      return;
    }
    if (capture.bodyTruncated) {
      this.options.onSkipped?.(
        capture.id,
        'only part of the body was kept; forwarding it would send a different request',
      );
      return;
    }
    if (this.queue.length >= (this.options.maxQueued ?? 1000)) {
      this.options.onSkipped?.(
        capture.id,
        'the forward queue is full (the handler is slower than the traffic)',
      );
      return;
    }
    this.queue.push(capture);
    setImmediate(() => this.pump());
  }

  /** Resolves when nothing is queued or in flight (shutdown, tests). */
  idle(): Promise<void> {
    if (this.active === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    const limit = this.options.concurrency ?? 8;
    while (this.active < limit && this.queue.length > 0) {
      const capture = this.queue.shift()!;
      this.active++;
      this.forwardOne(capture)
        .then((outcomes) => {
          if (outcomes.length) this.options.onOutcomes(capture.id, outcomes);
        })
        .finally(() => {
          this.active--;
          this.pump();
          if (this.active === 0 && this.queue.length === 0) for (const w of this.idleWaiters.splice(0)) w();
        });
    }
  }

  private async forwardOne(capture: ForwardableCapture): Promise<SendOutcome[]> {
    // Read at send time: pausing or editing targets applies to what is still queued.
    const settings = this.options.settings();
    const needs = routingNeeds(settings);
    const targets = targetsFor(settings, {
      path: capture.path,
      provider: needs.provider ? this.providerOf(capture) : null,
      eventTypes: needs.eventTypes ? eventTypesOf(capture) : [],
    });
    const send = this.options.send ?? sendRequest;
    return Promise.all(
      targets.map((target) =>
        send(withHopHeader(buildOutgoing(capture, targetUrlFor(target.url, capture.path, target.pathMode))), {
          targetId: target.id,
          timeoutMs: this.options.timeoutMs,
          maxResponseBytes: this.options.maxResponseBytes,
        }),
      ),
    );
  }

  private providerOf(capture: ForwardableCapture): string | null {
    if (this.options.providerOf) return this.options.providerOf(capture);
    return (
      signerOf({
        method: capture.method,
        path: capture.path,
        headers: capture.headers,
        body: capture.body,
        providerByPath: [],
      })?.provider ?? null
    );
  }
}
