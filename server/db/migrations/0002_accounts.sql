-- Accounts, server-side sessions, login rate limiting, invites and the first-start setup link.
-- Secrets (session tokens, invite and setup tokens) are stored only as SHA-256 hashes: a copy of
-- the database does not let anyone sign in or accept an invite.

create table users (
  id text primary key,
  -- Stored trimmed and lower-case; the check keeps every writer honest.
  email text not null unique check (email = lower(email) and email = btrim(email)),
  display_name text not null,
  -- scrypt output and its per-user random salt (both base64); parameters are in the hash string.
  password_hash text not null,
  password_salt text not null,
  role text not null check (role in ('staff', 'officer', 'admin')),
  partner_id text references partners (id),
  disabled boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Every signed-in user belongs to exactly one partner, except admins, who belong to none.
  constraint users_partner_by_role check ((role = 'admin') = (partner_id is null))
);
create index users_partner on users (partner_id);

create table sessions (
  -- SHA-256 of the random token in the cookie.
  id text primary key,
  user_id text not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  -- Absolute expiry; idle expiry is last_seen_at + the idle window (server/auth/sessions.ts).
  expires_at timestamptz not null,
  user_agent text not null default ''
);
create index sessions_user on sessions (user_id);
create index sessions_expires on sessions (expires_at);

-- Every login attempt, for rate limiting per account and per IP across all server instances.
create table login_attempts (
  id bigint generated always as identity primary key,
  email text not null,
  ip text not null,
  succeeded boolean not null default false,
  attempted_at timestamptz not null default now()
);
create index login_attempts_email on login_attempts (email, attempted_at);
create index login_attempts_ip on login_attempts (ip, attempted_at);

create table invites (
  -- SHA-256 of the token in the invite link; the link itself is shown once to the admin.
  id text primary key,
  role text not null check (role in ('staff', 'officer', 'admin')),
  partner_id text references partners (id),
  note text not null default '',
  created_by text references users (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  accepted_by text references users (id) on delete set null,
  revoked_at timestamptz,
  constraint invites_partner_by_role check ((role = 'admin') = (partner_id is null))
);
create index invites_created on invites (created_at);

create table setup_tokens (
  -- SHA-256 of the token in the setup link printed on first start.
  id text primary key,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
