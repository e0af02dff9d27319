import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { searchCatalog, warmSearchIndex } from '../../data/index.ts';

/** The search feature's query keys; under `catalog`, so a pull refreshes open results too. */
export const searchKeys = {
  all: ['catalog', 'search'] as const,
  results: (query: string) => [...searchKeys.all, query] as const,
};

export const useSearch = (query: string) =>
  useQuery({
    queryKey: searchKeys.results(query),
    queryFn: () => searchCatalog(query),
    // Results of the previous keystroke stay on screen until the next ones are ready: no flicker.
    placeholderData: keepPreviousData,
    gcTime: 30_000,
  });

/** Screens with a search field build the index while the user is still reading. */
export function usePrepareSearch() {
  useEffect(() => warmSearchIndex(), []);
}
