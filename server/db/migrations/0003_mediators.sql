-- Language-mediator pools (public, pull collection "pools") and their contacts (personal data,
-- pull collection "mediators", staff and above only). Both carry the change sequence like the
-- catalog, with tombstones so that devices learn of deletions.

create table pools (
  id text primary key,
  partner_id text not null references partners (id),
  name text not null,
  kind text not null check (kind in ('lay-pool', 'staff-pool', 'contracted-service', 'card-file', 'register')),
  languages jsonb not null default '[]',
  other_languages text not null default '',
  modes jsonb not null default '[]',
  office_hours jsonb not null default '[]',
  office_hours_note text not null default '',
  request_phone text,
  request_email text,
  request_url text,
  region text,
  area text not null default '',
  lead_time text not null default '',
  exclusions text not null default '',
  costs text not null default '',
  who_may_request text not null default '',
  notes text not null default '',
  source text not null default '',
  -- Calendar days are stored as 'YYYY-MM-DD' text: no driver turns them into time-zone-shifted Dates.
  last_confirmed text check (last_confirmed ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  version integer not null default 1,
  content_hash text not null default '',
  origin text not null default 'seed',
  deleted boolean not null default false,
  seq bigint not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index pools_seq on pools (seq);
create index pools_partner on pools (partner_id);

create table mediators (
  id text primary key,
  pool_id text not null references pools (id),
  partner_id text not null references partners (id),
  name text not null,
  languages jsonb not null default '[]',
  other_languages text not null default '',
  modes jsonb not null default '[]',
  availability jsonb not null default '[]',
  region text,
  area text not null default '',
  phone text,
  email text,
  notes text not null default '',
  active boolean not null default true,
  demo boolean not null default false,
  confirmed_at text not null default to_char(now() at time zone 'Europe/Berlin', 'YYYY-MM-DD')
    check (confirmed_at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  created_by text references users (id) on delete set null,
  updated_by text references users (id) on delete set null,
  version integer not null default 1,
  -- A deleted contact keeps only its id (a tombstone for devices); its personal data is erased.
  deleted boolean not null default false,
  seq bigint not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index mediators_seq on mediators (seq);
create index mediators_pool on mediators (pool_id);
