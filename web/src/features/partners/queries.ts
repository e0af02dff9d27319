import { useQuery } from '@tanstack/react-query';
import { countMeasuresByPartner, getPartner, listMeasuresOfPartner, listPartners } from '../../data/index.ts';

/** The partners feature's query keys; everything under `catalog` is refreshed after a pull. */
export const partnerKeys = {
  all: ['catalog', 'partners'] as const,
  list: () => [...partnerKeys.all, 'list'] as const,
  measureCounts: () => [...partnerKeys.all, 'measure-counts'] as const,
  detail: (id: string) => [...partnerKeys.all, 'detail', id] as const,
  measures: (id: string) => [...partnerKeys.all, 'measures', id] as const,
};

export const usePartners = () => useQuery({ queryKey: partnerKeys.list(), queryFn: listPartners });
export const useMeasureCountsByPartner = () =>
  useQuery({ queryKey: partnerKeys.measureCounts(), queryFn: countMeasuresByPartner });
export const usePartner = (id: string) =>
  useQuery({ queryKey: partnerKeys.detail(id), queryFn: () => getPartner(id) });
export const usePartnerMeasures = (id: string) =>
  useQuery({ queryKey: partnerKeys.measures(id), queryFn: () => listMeasuresOfPartner(id) });
