-- Annual status reports (issue 7). A partner's report of a reporting year exists as a row once a
-- draft was saved or a past brochure was imported; "not started" is the absence of a row.
create table reports (
  partner_id text not null references partners (id),
  year integer not null check (year between 2000 and 2100),
  state text not null check (state in ('draft', 'submitted', 'reopened')),
  intro text not null default '',
  narratives jsonb not null default '{}',
  hidden_entries jsonb not null default '[]',
  moved_entries jsonb not null default '{}',
  commitments jsonb not null default '[]',
  -- 'app' for reports written here, 'brochure-2020-21' for an imported edition.
  source text not null default 'app',
  -- Bumped on every save: a device's save names the version it started from (optimistic locking).
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by text,
  submitted_at timestamptz,
  submitted_by text,
  primary key (partner_id, year)
);
create index reports_year on reports (year);

-- Every submission is kept: the draft as submitted and the compiled report with its entries
-- frozen, so the brochure prints what was submitted even if entries change afterwards.
create table report_versions (
  partner_id text not null,
  year integer not null,
  number integer not null,
  submitted_at timestamptz not null default now(),
  submitted_by text,
  draft jsonb not null,
  model jsonb not null,
  primary key (partner_id, year, number),
  foreign key (partner_id, year) references reports (partner_id, year)
);

-- The ministry's introduction to each chapter of a year's brochure.
create table brochure_intros (
  year integer not null,
  category smallint not null check (category between 1 and 6),
  text text not null,
  updated_at timestamptz not null default now(),
  updated_by text,
  primary key (year, category)
);

-- Reminders the ministry sent to partners whose report is outstanding.
create table report_reminders (
  id bigserial primary key,
  partner_id text not null references partners (id),
  year integer not null,
  reminded_at timestamptz not null default now(),
  reminded_by text
);
create index report_reminders_partner_year on report_reminders (partner_id, year);
