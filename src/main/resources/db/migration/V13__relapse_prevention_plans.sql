-- The staying-well (relapse-prevention) plan a clinician writes with a client towards the
-- end of therapy. Every save is a new version, so nothing written is ever lost; the plan
-- as it stands is the newest version.
create table staying_well_plan_version (
    id            uuid primary key,
    client_id     uuid        not null references client (id) on delete cascade,
    version       integer     not null check (version >= 1),
    -- {warningSigns: [..], triggers: [..], copingStrategies: [{text, assignmentId}],
    --  contacts: [{name, reach, helpsWith}], note}
    content       jsonb       not null,
    saved_by      uuid        not null references account (id),
    saved_by_name text        not null,
    saved_at      timestamptz not null default now(),
    unique (client_id, version)
);

-- Booster "tune-up" practices planned weeks or months ahead. Each date is a one-day
-- assignment of homework's, so it shows on Today and takes an entry like any practice;
-- a cancelled one keeps its row here (the assignment, never begun, is taken back).
create table booster (
    id            uuid primary key,
    client_id     uuid        not null references client (id) on delete cascade,
    series_id     uuid        not null,
    assignment_id uuid references assignment (id) on delete set null,
    template_key  text        not null,
    title         text        not null,
    on_date       date        not null,
    note          text,
    created_by    uuid        not null references account (id),
    created_at    timestamptz not null default now(),
    cancelled_by  uuid references account (id),
    cancelled_at  timestamptz
);
create index booster_client_day on booster (client_id, on_date);
