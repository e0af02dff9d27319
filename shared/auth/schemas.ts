import { z } from 'zod/mini';
import { requiredText, cleanText } from '../text.ts';

/**
 * The accounts API contract. Field errors carry stable codes ("invalid_email", "too_short", …)
 * instead of prose: the web app translates them next to the field.
 */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const ACCOUNT_ROLES = ['staff', 'officer', 'admin'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

const required = requiredText;

export const emailSchema = z.pipe(
  z.string({ error: 'required' }).check(z.trim(), z.toLowerCase(), z.maxLength(254, { error: 'too_long' })),
  z.email({ error: 'invalid_email' }),
);

/** At sign-in any non-empty password is checked (old passwords may predate today's policy). */
export const loginRequestSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: 'required' })
    .check(z.minLength(1, { error: 'required' }), z.maxLength(PASSWORD_MAX, { error: 'too_long' })),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const newPasswordSchema = z
  .string({ error: 'required' })
  .check(z.minLength(PASSWORD_MIN, { error: 'too_short' }), z.maxLength(PASSWORD_MAX, { error: 'too_long' }));

/** Creating an account from the setup link or an invite. */
export const accountRequestSchema = z.object({
  token: z.string({ error: 'required' }).check(z.maxLength(100, { error: 'too_long' })),
  email: emailSchema,
  displayName: required(120),
  password: newPasswordSchema,
});
export type AccountRequest = z.infer<typeof accountRequestSchema>;

export const tokenRequestSchema = z.object({
  token: z.string({ error: 'required' }).check(z.maxLength(100, { error: 'too_long' })),
});

export const sessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ACCOUNT_ROLES),
  partnerId: z.nullable(z.string()),
});

export const meResponseSchema = z.object({ user: sessionUserSchema });
export type MeResponse = z.infer<typeof meResponseSchema>;

/** An admin's invite: a role and (except for admins) the partner the new account belongs to. */
export const inviteCreateSchema = z.object({
  role: z.enum(ACCOUNT_ROLES, { error: 'invalid_role' }),
  partnerId: z.nullable(z.string().check(z.maxLength(120, { error: 'too_long' }))),
  note: z.optional(cleanText(300)),
});
export type InviteCreate = z.infer<typeof inviteCreateSchema>;

export const INVITE_STATUSES = ['open', 'accepted', 'expired', 'revoked'] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];

export interface InviteSummary {
  id: string;
  role: AccountRole;
  partnerId: string | null;
  note: string;
  createdAt: string;
  expiresAt: string;
  status: InviteStatus;
  acceptedEmail: string | null;
}

export interface AdminUser {
  id: string;
  email: string;
  displayName: string;
  role: AccountRole;
  partnerId: string | null;
  disabled: boolean;
  createdAt: string;
  lastSeenAt: string | null;
}

export const userUpdateSchema = z.object({
  role: z.optional(z.enum(ACCOUNT_ROLES, { error: 'invalid_role' })),
  partnerId: z.optional(z.nullable(z.string().check(z.maxLength(120, { error: 'too_long' })))),
  disabled: z.optional(z.boolean({ error: 'invalid' })),
  displayName: z.optional(required(120)),
});
export type UserUpdate = z.infer<typeof userUpdateSchema>;
