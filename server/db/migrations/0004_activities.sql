-- Activity entries (issue 6). Ids come from the device (UUIDv7); `version` counts accepted changes,
-- `seq` is the change-log position the pull reads; a deleted entry stays as a tombstone.
create table activities (
  id uuid primary key,
  partner_id text not null references partners (id),
  date date not null,
  end_date date,
  title text not null,
  category smallint not null check (category between 1 and 6),
  secondary_categories smallint[] not null default '{}',
  status text not null,
  type text,
  format text,
  place text,
  organising_unit text,
  cooperation_partners text[] not null default '{}',
  target_groups text[] not null default '{}',
  participant_count integer,
  sessions integer,
  languages text[] not null default '{}',
  funding_programme text,
  links text[] not null default '{}',
  note text,
  reporting_year integer not null,
  version integer not null,
  created_by text,
  updated_by text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted boolean not null default false,
  seq bigint not null
);
create index activities_seq on activities (seq);
create index activities_partner_seq on activities (partner_id, seq);
create index activities_partner_year on activities (partner_id, reporting_year) where not deleted;

-- Every op a device pushed and the server applied: a replay of the same op id is answered from here.
create table applied_ops (
  op_id uuid primary key,
  entity text not null,
  record_id uuid not null,
  payload_hash text not null,
  version integer not null,
  device_id text not null,
  user_id text,
  applied_at timestamptz not null default now()
);
