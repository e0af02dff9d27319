-- One sequence orders every change a device can pull; the pull cursor is a position in it.
create sequence change_seq;

create table app_meta (
  key text primary key,
  value text not null
);

create table partners (
  id text primary key,
  name text not null,
  kind text not null,
  region text not null,
  seat text not null default '',
  website text,
  version integer not null default 1,
  content_hash text not null default '',
  origin text not null default 'seed',
  deleted boolean not null default false,
  seq bigint not null,
  updated_at timestamptz not null default now()
);
create index partners_seq on partners (seq);

create table measures (
  id text primary key,
  partner_id text not null references partners (id),
  category smallint not null check (category between 1 and 6),
  reporting_year integer not null,
  title_de text not null,
  summary_de text not null default '',
  summary_en text not null default '',
  figures jsonb not null default '[]',
  unit text,
  source_line integer,
  version integer not null default 1,
  content_hash text not null default '',
  origin text not null default 'seed',
  deleted boolean not null default false,
  seq bigint not null,
  updated_at timestamptz not null default now()
);
create index measures_seq on measures (seq);
create index measures_partner on measures (partner_id);
