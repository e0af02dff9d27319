import { createHash, randomBytes } from 'node:crypto';

/** A 256-bit random secret, URL-safe; what the browser or the invite link holds. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database holds instead of the secret: its SHA-256. */
export function tokenId(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Tokens are 43 base64url characters; anything else is rejected before touching the database. */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
