// Cache keys are the operation name and its input, so an event can address "every getCapture"
// (['getCapture']) or one of them (['getCapture', { id }]).
import type { OperationInput, OperationName } from '@shared/contract';

export type OperationKey<N extends OperationName = OperationName> = readonly [N, OperationInput<N>];

export function operationKey<N extends OperationName>(name: N, input: OperationInput<N>): OperationKey<N> {
  return [name, (input ?? {}) as OperationInput<N>];
}

/** Keys of values that only events produce (progress, forward outcomes), never an operation. */
export function eventKey(event: string, ...scope: (string | number)[]): readonly unknown[] {
  return ['event', event, ...scope];
}
