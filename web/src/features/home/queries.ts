import { useQuery } from '@tanstack/react-query';
import { catalogStats } from '../../data/index.ts';

/** The home feature's query keys; under `catalog`, so counts refresh after a pull. */
export const homeKeys = {
  all: ['catalog', 'home'] as const,
  stats: () => [...homeKeys.all, 'stats'] as const,
};

export const useCatalogStats = () => useQuery({ queryKey: homeKeys.stats(), queryFn: catalogStats });
