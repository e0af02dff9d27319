import type {
  AccountRole,
  AdminUser,
  InviteSummary,
  MeResponse,
  UserUpdate,
} from '../../../shared/auth/index.ts';
import type { PartnerUpdate } from '../../../shared/catalog/index.ts';
import { apiRequest, type ApiResult } from './api.ts';
import { pullCatalog } from './catalog-sync.ts';
import { acceptSignedInUser } from './session.ts';

export interface NewAccount {
  token: string;
  email: string;
  displayName: string;
  password: string;
}

async function signedInWith(result: ApiResult<MeResponse>): Promise<ApiResult<MeResponse>> {
  if (result.ok) await acceptSignedInUser(result.data.user);
  return result;
}

/** The first admin, from the setup link printed on the server's console. */
export const completeSetup = async (account: NewAccount) =>
  signedInWith(await apiRequest<MeResponse>('POST', '/api/auth/setup', account));

export const previewInvite = (token: string) =>
  apiRequest<{
    invite: { role: AccountRole; partnerId: string | null; partnerName: string | null; expiresAt: string };
  }>(
    'POST',
    '/api/auth/invites/preview',
    { token },
  );

export const acceptInvite = async (account: NewAccount) =>
  signedInWith(await apiRequest<MeResponse>('POST', '/api/auth/invites/accept', account));

export const fetchUsers = () => apiRequest<{ users: AdminUser[] }>('GET', '/api/admin/users');
export const updateUser = (id: string, update: UserUpdate) =>
  apiRequest<{ user: AdminUser }>('PATCH', `/api/admin/users/${encodeURIComponent(id)}`, update);

export const fetchInvites = () => apiRequest<{ invites: InviteSummary[] }>('GET', '/api/auth/invites');
export const createInvite = (invite: { role: AccountRole; partnerId: string | null; note: string }) =>
  apiRequest<{ token: string; invite: InviteSummary }>('POST', '/api/auth/invites', invite);
export const revokeInvite = (id: string) => apiRequest<null>('DELETE', `/api/auth/invites/${encodeURIComponent(id)}`);

/** Saves a partner, then pulls so this device shows the change at once (others on their next pull). */
export async function updatePartner(id: string, update: PartnerUpdate) {
  const result = await apiRequest<unknown>('PATCH', `/api/admin/partners/${encodeURIComponent(id)}`, update);
  if (result.ok) await pullCatalog();
  return result;
}
