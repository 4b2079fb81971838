// node:sqlite reports every database failure (disk full, busy, I/O) with this code: such errors are
// about the store, not about the data being processed, so callers retry instead of skipping.
export function isStorageError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    ((error as { code?: unknown }).code === 'ERR_SQLITE_ERROR' ||
      (error as { code?: unknown }).code === 'ENOSPC')
  );
}
