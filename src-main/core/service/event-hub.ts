// A typed event emitter for the contract's events. Listener errors are contained so one broken
// subscriber (a closed socket, a crashed window) can never stop captures from flowing.
import type { EventName, EventPayloads } from '@shared/contract';

type AnyListener = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

export class EventHub {
  private readonly listeners = new Set<AnyListener>();

  /** Lets a producer skip building payloads nobody will receive (the receiver's hot path). */
  get hasListeners(): boolean {
    return this.listeners.size > 0;
  }

  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    for (const listener of this.listeners) {
      try {
        listener(event, payload);
      } catch {
        // A subscriber's failure is its own problem.
      }
    }
  }

  onAny(listener: AnyListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
    return this.onAny((name: EventName, payload: unknown) => {
      if (name === event) listener(payload as EventPayloads[E]);
    });
  }
}
