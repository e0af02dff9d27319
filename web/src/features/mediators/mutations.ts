import { useMutation } from '@tanstack/react-query';
import type { MediatorInput, PoolInput } from '../../../../shared/mediators/index.ts';
import { mediatorsApi } from '../../data/index.ts';

export const useConfirmPool = () => useMutation({ mutationFn: (id: string) => mediatorsApi.confirmPool(id) });
export const useSavePool = () =>
  useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: PoolInput }) =>
      id ? mediatorsApi.updatePool(id, input) : mediatorsApi.createPool(input),
  });
export const useSaveContact = () =>
  useMutation({
    mutationFn: ({ id, poolId, input }: { id: string | null; poolId: string; input: MediatorInput }) =>
      id ? mediatorsApi.updateMediator(id, input) : mediatorsApi.createMediator(poolId, input),
  });
export const useConfirmContact = () =>
  useMutation({ mutationFn: (id: string) => mediatorsApi.confirmMediator(id) });
export const useEraseContact = () =>
  useMutation({ mutationFn: (id: string) => mediatorsApi.eraseMediator(id) });
export const usePreviewImport = () =>
  useMutation({
    mutationFn: ({ poolId, csv }: { poolId: string; csv: string }) => mediatorsApi.previewImport(poolId, csv),
  });
export const useImportContacts = () =>
  useMutation({
    mutationFn: ({ poolId, rows }: { poolId: string; rows: MediatorInput[] }) =>
      mediatorsApi.importMediators(poolId, rows),
  });
