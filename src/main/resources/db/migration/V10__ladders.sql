-- Graded practice: an assignment may climb a ladder of steps. The rules to move on or
-- step back apply to whichever step the client is on; every step change is kept.
create table ladder (
    assignment_id       uuid primary key references assignment (id) on delete cascade,
    steps               jsonb       not null,
    target_unit         text,
    current_step        integer     not null check (current_step >= 1),
    step_started_on     date        not null,
    client_may_step     boolean     not null default false,
    move_on_kind        text        not null check (move_on_kind in ('DONE_DAYS', 'FIELD_AT_MOST')),
    move_on_times       integer     not null check (move_on_times >= 1),
    move_on_of_last     integer     not null check (move_on_of_last >= move_on_times),
    move_on_min_quality integer,
    move_on_field       text,
    move_on_at_most     integer,
    back_field          text,
    back_at_least       integer,
    back_entries        integer,
    back_hard_skips     integer,
    created_by          uuid        not null references account (id),
    created_at          timestamptz not null default now(),
    updated_by          uuid        not null references account (id),
    updated_at          timestamptz not null default now()
);

create table ladder_step_change (
    id              uuid primary key,
    assignment_id   uuid        not null references ladder (assignment_id) on delete cascade,
    from_step       integer     not null,
    to_step         integer     not null,
    -- The steps' words when the change was made, so a later edit never rewrites history.
    from_label      text        not null,
    to_label        text        not null,
    changed_at      timestamptz not null default now(),
    changed_by      uuid        not null references account (id),
    changed_by_role text        not null,
    changed_by_name text        not null,
    reason_code     text,
    reason_args     jsonb       not null default '[]',
    note            text,
    check (from_step <> to_step)
);
create index ladder_step_change_assignment on ladder_step_change (assignment_id, changed_at);
