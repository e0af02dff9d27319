import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountRole, UserUpdate } from '../../../../shared/auth/index.ts';
import type { PartnerUpdate } from '../../../../shared/catalog/index.ts';
import { accountsApi, getPartner, listPartners } from '../../data/index.ts';

/** The admin feature's query keys. Users and invites live on the server only (never on devices). */
export const adminKeys = {
  all: ['admin'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
  invites: () => [...adminKeys.all, 'invites'] as const,
  partners: () => ['catalog', 'admin-partners'] as const,
  partner: (id: string) => ['catalog', 'admin-partner', id] as const,
};

export const useUsers = () => useQuery({ queryKey: adminKeys.users(), queryFn: accountsApi.fetchUsers });
export const useInvites = () =>
  useQuery({ queryKey: adminKeys.invites(), queryFn: accountsApi.fetchInvites });
export const usePartners = () => useQuery({ queryKey: adminKeys.partners(), queryFn: listPartners });
export const usePartner = (id: string) =>
  useQuery({ queryKey: adminKeys.partner(id), queryFn: () => getPartner(id) });

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, update }: { id: string; update: UserUpdate }) => accountsApi.updateUser(id, update),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.users() }),
  });
}

export function useCreateInvite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invite: { role: AccountRole; partnerId: string | null; note: string }) =>
      accountsApi.createInvite(invite),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.invites() }),
  });
}

export function useRevokeInvite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => accountsApi.revokeInvite(id),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.invites() }),
  });
}

export const useUpdatePartner = () =>
  useMutation({
    mutationFn: ({ id, update }: { id: string; update: PartnerUpdate }) =>
      accountsApi.updatePartner(id, update),
  });
