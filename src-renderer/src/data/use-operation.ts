// The renderer's only way to read or change server data: `useOperation(name, input)` for reads and
// `useMutation(name)` for writes, typed from the contract. What a write changes in the cache is
// listed once in cache-effects.ts (and arrives again, for every window, through the event bridge).
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation as useTanstackMutation,
  useQuery,
  useQueryClient,
  type UseMutationOptions,
  type InfiniteData,
  type UseInfiniteQueryResult,
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

/**
 * A read in pages (threads, a thread's older captures): `pageInput(cursor)` is the input of each
 * page (cursor null for the first), `nextCursor(page)` the cursor of the next (null: no more).
 * Cached under [name, input] like any read, so the event bridge refreshes every loaded page.
 */
export function usePagedOperation<N extends OperationName, C>(
  name: N,
  input: OperationInput<N>,
  pageInput: (cursor: C | null) => OperationInput<N>,
  nextCursor: (page: OperationOutputs[N]) => C | null,
): UseInfiniteQueryResult<InfiniteData<OperationOutputs[N], C | null>, ApiError> {
  const { client } = useServices();
  return useInfiniteQuery<
    OperationOutputs[N],
    ApiError,
    InfiniteData<OperationOutputs[N], C | null>,
    readonly unknown[],
    C | null
  >({
    queryKey: operationKey(name, input),
    queryFn: async ({ pageParam }) => {
      try {
        return await client.call(name, pageInput(pageParam as C | null));
      } catch (error) {
        throw toApiError(error);
      }
    },
    initialPageParam: null,
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
    // Pages no one is looking at are dropped at once: coming back (a search cleared, a thread
    // reopened) starts again from the first page instead of refetching every page once loaded.
    gcTime: 0,
  });
}
