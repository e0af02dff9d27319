/** IndexedDB writes fail with QuotaExceededError when the device is full; callers tell the user. */
export function isQuotaExceeded(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'QuotaExceededError' ||
    (error as { inner?: Error }).inner?.name === 'QuotaExceededError' ||
    /quota/i.test(error.message)
  );
}
