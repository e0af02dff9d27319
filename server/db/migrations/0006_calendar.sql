-- Admin overrides of the interreligious calendar (issue 9): a correction of a computed holiday for one
-- year (holiday_id = the engine's stable id, e.g. 'eid-al-fitr-2026') or an entry of the admin's own
-- (holiday_id is null). Synced to devices as the pull collection `calendar`; deletions are tombstones.
-- Dates are ISO text ('YYYY-MM-DD'): a calendar day, never a point in time, so no driver converts it
-- through a time zone.
create table calendar_overrides (
  id text primary key,
  holiday_id text,
  year integer not null check (year between 2000 and 2100),
  faith text not null,
  date text not null check (date ~ '^\d{4}-\d{2}-\d{2}$'),
  end_date text check (end_date ~ '^\d{4}-\d{2}-\d{2}$' and end_date >= date),
  -- Texts per language code, e.g. {"de": "…", "en": "…"}; empty for a correction of the date only.
  names jsonb not null default '{}',
  descriptions jsonb not null default '{}',
  source_text text not null,
  source_url text,
  approximate boolean not null default false,
  updated_by text references users (id) on delete set null,
  version integer not null default 1,
  deleted boolean not null default false,
  seq bigint not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index calendar_overrides_seq on calendar_overrides (seq);
create index calendar_overrides_year on calendar_overrides (year) where not deleted;
-- At most one live correction per computed holiday.
create unique index calendar_overrides_holiday on calendar_overrides (holiday_id)
  where not deleted and holiday_id is not null;
