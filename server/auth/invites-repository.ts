import type { AccountRole, InviteStatus, InviteSummary } from '../../shared/auth/index.ts';
import type { Db, Queryable } from '../db/client.ts';
import { newToken, tokenId, looksLikeToken } from './tokens.ts';
import { createUser, type NewUser } from './users-repository.ts';

/** Invites are links (no e-mail server): valid INVITE_DAYS, single use, revocable. */
export const INVITE_DAYS = 7;

interface InviteRow {
  id: string;
  role: AccountRole;
  partner_id: string | null;
  note: string;
  created_at: Date | string;
  expires_at: Date | string;
  accepted_at: Date | string | null;
  revoked_at: Date | string | null;
  expired: boolean;
  accepted_email: string | null;
}

const SELECT_INVITE = `select i.id, i.role, i.partner_id, i.note, i.created_at, i.expires_at, i.accepted_at,
    i.revoked_at, i.expires_at < now() as expired, u.email as accepted_email
  from invites i left join users u on u.id = i.accepted_by`;

function statusOf(row: InviteRow): InviteStatus {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  if (row.expired) return 'expired';
  return 'open';
}

const toSummary = (row: InviteRow): InviteSummary => ({
  id: row.id,
  role: row.role,
  partnerId: row.partner_id,
  note: row.note,
  createdAt: new Date(row.created_at).toISOString(),
  expiresAt: new Date(row.expires_at).toISOString(),
  status: statusOf(row),
  acceptedEmail: row.accepted_email,
});

export async function createInvite(
  db: Queryable,
  invite: { role: AccountRole; partnerId: string | null; note: string; createdBy: string },
): Promise<{ token: string; invite: InviteSummary }> {
  const token = newToken();
  await db.query(
    `insert into invites (id, role, partner_id, note, created_by, expires_at)
     values ($1, $2, $3, $4, $5, now() + make_interval(days => $6))`,
    [tokenId(token), invite.role, invite.partnerId, invite.note, invite.createdBy, INVITE_DAYS],
  );
  const rows = await db.query<InviteRow>(`${SELECT_INVITE} where i.id = $1`, [tokenId(token)]);
  return { token, invite: toSummary(rows[0]!) };
}

export async function listInvites(db: Queryable): Promise<InviteSummary[]> {
  const rows = await db.query<InviteRow>(`${SELECT_INVITE} order by i.created_at desc limit 500`);
  return rows.map(toSummary);
}

export async function revokeInvite(db: Queryable, id: string): Promise<boolean> {
  const rows = await db.query(
    `update invites set revoked_at = now() where id = $1 and revoked_at is null and accepted_at is null returning id`,
    [id],
  );
  return rows.length > 0;
}

export type InviteProblem = 'invalid_token' | 'token_expired' | 'token_used' | 'token_revoked';

function problemOf(row: InviteRow | undefined): InviteProblem | null {
  if (!row) return 'invalid_token';
  const status = statusOf(row);
  if (status === 'accepted') return 'token_used';
  if (status === 'revoked') return 'token_revoked';
  if (status === 'expired') return 'token_expired';
  return null;
}

export async function previewInvite(
  db: Queryable,
  token: string,
): Promise<{ ok: true; invite: InviteSummary } | { ok: false; reason: InviteProblem }> {
  if (!looksLikeToken(token)) return { ok: false, reason: 'invalid_token' };
  const rows = await db.query<InviteRow>(`${SELECT_INVITE} where i.id = $1`, [tokenId(token)]);
  const problem = problemOf(rows[0]);
  return problem ? { ok: false, reason: problem } : { ok: true, invite: toSummary(rows[0]!) };
}

/** Creates the invited account; the row lock makes a second, concurrent acceptance fail. */
export function acceptInvite(
  db: Db,
  token: string,
  account: Omit<NewUser, 'role' | 'partnerId'>,
): Promise<
  { ok: true; userId: string } | { ok: false; reason: InviteProblem | 'email_taken' | 'unknown_partner' }
> {
  if (!looksLikeToken(token)) return Promise.resolve({ ok: false, reason: 'invalid_token' });
  return db.transaction(async (tx) => {
    const locked = await tx.query('select id from invites where id = $1 for update', [tokenId(token)]);
    if (!locked.length) return { ok: false, reason: 'invalid_token' } as const;
    const rows = await tx.query<InviteRow>(`${SELECT_INVITE} where i.id = $1`, [tokenId(token)]);
    const problem = problemOf(rows[0]);
    if (problem) return { ok: false, reason: problem } as const;
    const row = rows[0]!;
    const created = await createUser(tx, { ...account, role: row.role, partnerId: row.partner_id });
    if (!created.ok) return { ok: false, reason: created.reason } as const;
    await tx.query('update invites set accepted_at = now(), accepted_by = $2 where id = $1', [
      tokenId(token),
      created.id,
    ]);
    return { ok: true, userId: created.id } as const;
  });
}
