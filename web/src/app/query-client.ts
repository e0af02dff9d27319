import { QueryClient } from '@tanstack/react-query';

// Queries read IndexedDB, not the network: they never go stale by time, only by sync events.
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, networkMode: 'always', retry: false, refetchOnWindowFocus: false },
  },
});
