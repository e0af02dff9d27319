import { randomUUID } from 'node:crypto';
import type { AccountRole, AdminUser } from '../../shared/auth/index.ts';
import type { Queryable } from '../db/client.ts';
import { hashPassword } from './password.ts';
import type { UserRow } from './sessions.ts';

export interface NewUser {
  email: string;
  displayName: string;
  password: string;
  role: AccountRole;
  partnerId: string | null;
}

export type CreateUserResult =
  { ok: true; id: string } | { ok: false; reason: 'email_taken' | 'unknown_partner' };

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Inserts the account; a taken address is an answer, not an exception (`on conflict do nothing`
 * keeps a surrounding transaction usable). Callers check that the partner exists first.
 */
export async function createUser(db: Queryable, user: NewUser): Promise<CreateUserResult> {
  if (user.partnerId !== null && !(await partnerExists(db, user.partnerId))) {
    return { ok: false, reason: 'unknown_partner' };
  }
  const { hash, salt } = await hashPassword(user.password);
  const rows = await db.query<{ id: string }>(
    `insert into users (id, email, display_name, password_hash, password_salt, role, partner_id)
     values ($1, $2, $3, $4, $5, $6, $7) on conflict (email) do nothing returning id`,
    [
      randomUUID(),
      normaliseEmail(user.email),
      user.displayName.trim(),
      hash,
      salt,
      user.role,
      user.partnerId,
    ],
  );
  return rows[0] ? { ok: true, id: rows[0].id } : { ok: false, reason: 'email_taken' };
}

export async function partnerExists(db: Queryable, partnerId: string): Promise<boolean> {
  const rows = await db.query('select 1 from partners where id = $1 and not deleted', [partnerId]);
  return rows.length > 0;
}

export interface LoginRow extends UserRow {
  password_hash: string;
  password_salt: string;
}

export async function findUserByEmail(db: Queryable, email: string): Promise<LoginRow | null> {
  const rows = await db.query<LoginRow>(
    `select id, email, display_name, role, partner_id, disabled, password_hash, password_salt
       from users where email = $1`,
    [normaliseEmail(email)],
  );
  return rows[0] ?? null;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | null> {
  const rows = await db.query<UserRow>(
    'select id, email, display_name, role, partner_id, disabled from users where id = $1',
    [id],
  );
  return rows[0] ?? null;
}

export async function countActiveAdmins(db: Queryable): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `select count(*)::int as n from users where role = 'admin' and not disabled`,
  );
  return rows[0]?.n ?? 0;
}

export async function listUsers(db: Queryable): Promise<AdminUser[]> {
  const rows = await db.query<UserRow & { created_at: Date | string; last_seen_at: Date | string | null }>(
    `select u.id, u.email, u.display_name, u.role, u.partner_id, u.disabled, u.created_at,
            (select max(s.last_seen_at) from sessions s where s.user_id = u.id) as last_seen_at
       from users u order by u.display_name, u.email`,
  );
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    partnerId: row.partner_id,
    disabled: row.disabled,
    createdAt: new Date(row.created_at).toISOString(),
    lastSeenAt: row.last_seen_at ? new Date(row.last_seen_at).toISOString() : null,
  }));
}
