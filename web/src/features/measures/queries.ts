import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MeasureFilter, MeasureSort } from '../../../../shared/catalog/index.ts';
import { getMeasure, queryMeasures } from '../../data/index.ts';

/** The measures feature's query keys; everything under `catalog` is refreshed after a pull. */
export const measureKeys = {
  all: ['catalog', 'measures'] as const,
  list: (filter: MeasureFilter, sort: MeasureSort) => [...measureKeys.all, 'list', filter, sort] as const,
  detail: (id: string) => [...measureKeys.all, 'detail', id] as const,
};

export const useMeasures = (filter: MeasureFilter, sort: MeasureSort) =>
  useQuery({
    queryKey: measureKeys.list(filter, sort),
    queryFn: () => queryMeasures(filter, sort),
    // While the next filter's result is computed, the previous list stays instead of a flash of "loading".
    placeholderData: keepPreviousData,
  });

export const useMeasure = (id: string) =>
  useQuery({ queryKey: measureKeys.detail(id), queryFn: () => getMeasure(id) });
