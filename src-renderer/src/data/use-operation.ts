// The renderer's only way to read or change server data: `useOperation(name, input)` for reads and
// `useMutation(name)` for writes, typed from the contract. What a write changes in the cache is
// listed once in cache-effects.ts (and arrives again, for every window, through the event bridge).
import {
  keepPreviousData,
  useMutation as useTanstackMutation,
  useQuery,
  useQueryClient,
  type UseMutationOptions,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { OperationInput, OperationName, OperationOutputs } from '@shared/contract';
import type { ApiError } from '../api/api-error';
import { toApiError } from '../api/api-error';
import { useServices } from '../state/app-context';
import { applyMutationResult } from './cache-effects';
import { operationKey } from './operation-key';

export interface OperationOptions {
  /** False: do not ask yet (e.g. nothing selected). */
  enabled?: boolean;
  /** keepPreviousData: show the last answer while the next input loads (the detail pane on ↑/↓). */
  placeholderData?: typeof keepPreviousData;
}

export function useOperation<N extends OperationName>(
  name: N,
  input: OperationInput<N>,
  options: OperationOptions = {},
): UseQueryResult<OperationOutputs[N], ApiError> {
  const { client } = useServices();
  return useQuery<OperationOutputs[N], ApiError>({
    queryKey: operationKey(name, input),
    queryFn: async () => {
      try {
        return await client.call(name, input);
      } catch (error) {
        throw toApiError(error);
      }
    },
    enabled: options.enabled ?? true,
    placeholderData: options.placeholderData,
  });
}

export function useMutation<N extends OperationName>(
  name: N,
  options: Omit<
    UseMutationOptions<OperationOutputs[N], ApiError, OperationInput<N>>,
    'mutationFn' | 'mutationKey'
  > = {},
): UseMutationResult<OperationOutputs[N], ApiError, OperationInput<N>> {
  const { client } = useServices();
  const queryClient = useQueryClient();
  return useTanstackMutation<OperationOutputs[N], ApiError, OperationInput<N>>({
    ...options,
    mutationKey: [name],
    mutationFn: async (input) => {
      try {
        return await client.call(name, input);
      } catch (error) {
        throw toApiError(error);
      }
    },
    onSuccess: (output, input, ...rest) => {
      applyMutationResult(queryClient, name, input, output);
      return options.onSuccess?.(output, input, ...rest);
    },
  });
}
