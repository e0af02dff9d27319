import { useQuery } from '@tanstack/react-query';
import {
  getMediator,
  getPool,
  getPartner,
  listMediatorsOfPool,
  listPartners,
  listPools,
  lookupMediators,
  offeredLanguages,
} from '../../data/index.ts';

/** The mediators feature's query keys; everything under `mediators` is refreshed after a pull. */
export const mediatorKeys = {
  all: ['mediators'] as const,
  lookup: (language: string) => [...mediatorKeys.all, 'lookup', language] as const,
  languages: () => [...mediatorKeys.all, 'languages'] as const,
  pools: () => [...mediatorKeys.all, 'pools'] as const,
  pool: (id: string) => [...mediatorKeys.all, 'pool', id] as const,
  contactsOfPool: (id: string) => [...mediatorKeys.all, 'contacts', id] as const,
  contact: (id: string) => [...mediatorKeys.all, 'contact', id] as const,
  partners: () => [...mediatorKeys.all, 'partners'] as const,
  partner: (id: string) => [...mediatorKeys.all, 'partner', id] as const,
};

export const useLookup = (language: string) =>
  useQuery({
    queryKey: mediatorKeys.lookup(language),
    queryFn: () => lookupMediators(language),
    enabled: language !== '',
    // "Available now" changes with the clock.
    refetchInterval: 60_000,
  });
export const useOfferedLanguages = () =>
  useQuery({ queryKey: mediatorKeys.languages(), queryFn: offeredLanguages });
export const usePools = () => useQuery({ queryKey: mediatorKeys.pools(), queryFn: listPools });
export const usePool = (id: string) =>
  useQuery({ queryKey: mediatorKeys.pool(id), queryFn: () => getPool(id) });
export const usePoolContacts = (id: string) =>
  useQuery({ queryKey: mediatorKeys.contactsOfPool(id), queryFn: () => listMediatorsOfPool(id) });
export const useContact = (id: string) =>
  useQuery({ queryKey: mediatorKeys.contact(id), queryFn: () => getMediator(id) });
export const usePartnerList = () => useQuery({ queryKey: mediatorKeys.partners(), queryFn: listPartners });
export const usePartnerName = (id: string) =>
  useQuery({ queryKey: mediatorKeys.partner(id), queryFn: async () => (await getPartner(id))?.name ?? id });
