-- Standard questionnaires: each response as answered (answers kept, so a score can
-- always be worked out again) with its total and band as scored then; and the schedules
-- on which a clinician asks a client for one.

create table measure_response (
    id          uuid primary key,
    client_id   uuid        not null references client (id) on delete cascade,
    instrument  text        not null check (instrument in ('PHQ-9', 'GAD-7', 'PHQ-2', 'GAD-2', 'PCL-5')),
    answers     jsonb       not null,
    -- The PHQ-9/GAD-7 question on how difficult the problems made things: asked, never scored.
    difficulty  smallint    check (difficulty between 0 and 3),
    total       integer     not null check (total >= 0),
    severity    text        not null,
    taken_at    timestamptz not null default now()
);
create index measure_response_client on measure_response (client_id, instrument, taken_at);

create table measure_schedule (
    id          uuid primary key,
    client_id   uuid        not null references client (id) on delete cascade,
    instrument  text        not null check (instrument in ('PHQ-9', 'GAD-7', 'PHQ-2', 'GAD-2', 'PCL-5')),
    every       text        not null check (every in ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY')),
    start_date  date        not null,
    created_by  uuid        not null references account (id),
    created_at  timestamptz not null default now(),
    stopped_by  uuid references account (id),
    stopped_at  timestamptz
);
create index measure_schedule_client on measure_schedule (client_id) where stopped_at is null;
