-- Reminders (docs/adr/0013). Nothing clinical is kept here: which assignment and day a
-- reminder is for, when it is due, and what happened when it was sent.

-- The client's own reminder settings; no row means email on and no quiet hours.
create table reminder_preference (
    client_id     uuid        primary key references client (id) on delete cascade,
    email_enabled boolean     not null default true,
    quiet_start   time,
    quiet_end     time,
    updated_at    timestamptz not null,
    check ((quiet_start is null) = (quiet_end is null)),
    check (quiet_start is null or quiet_start <> quiet_end)
);

-- Per assignment: on or off, and a reminder time of the client's choosing (null: the
-- assignment's time of day, else 09:00). No row means on, at the default time.
create table assignment_reminder (
    assignment_id uuid        primary key references assignment (id) on delete cascade,
    enabled       boolean     not null default true,
    reminder_time time,
    updated_at    timestamptz not null
);

-- One reminder to send: its key is (assignment, the client's local day, channel), so it is
-- sent at most once whatever happens to the client's zone, the planner or the nodes.
-- PENDING: waiting for next_attempt_at; SENDING: claimed by a node until lease_until (a
-- lease that runs out is claimed again, and only the newest claim may record); SENT; FAILED (gave up); NOT_NEEDED (done or
-- skipped already, or reminders turned off). round counts snoozes: each asks for one more
-- email, with a Message-ID of its own.
create table reminder_occurrence (
    id              uuid primary key,
    assignment_id   uuid        not null references assignment (id) on delete cascade,
    client_id       uuid        not null references client (id) on delete cascade,
    local_date      date        not null,
    channel         text        not null check (channel in ('EMAIL')),
    due_at          timestamptz not null,
    next_attempt_at timestamptz not null,
    snoozed_until   timestamptz,
    status          text        not null default 'PENDING'
        check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'NOT_NEEDED')),
    round           int         not null default 0,
    attempts        int         not null default 0,
    lease_until     timestamptz,
    -- Which claim holds the lease: only that claim may record the outcome.
    claim           uuid,
    sent_at         timestamptz,
    unique (assignment_id, local_date, channel),
    check ((status = 'SENDING') = (lease_until is not null))
);
create index reminder_occurrence_due on reminder_occurrence (next_attempt_at) where status = 'PENDING';
create index reminder_occurrence_leased on reminder_occurrence (lease_until) where status = 'SENDING';
create index reminder_occurrence_client on reminder_occurrence (client_id, local_date);

-- What happened to each attempt, for the client's clinicians and admins: no content.
create table reminder_delivery (
    id            uuid primary key,
    occurrence_id uuid        not null references reminder_occurrence (id) on delete cascade,
    client_id     uuid        not null references client (id) on delete cascade,
    channel       text        not null,
    outcome       text        not null check (outcome in ('SENT', 'RETRYING', 'FAILED', 'NOT_NEEDED')),
    attempt       int         not null,
    at            timestamptz not null,
    detail        text
);
create index reminder_delivery_client on reminder_delivery (client_id, at desc);

-- A client's personal calendar feed: only the SHA-256 of its secret token is kept.
-- Revoking deletes the row; a new link is a new token.
create table calendar_feed (
    client_id  uuid        primary key references client (id) on delete cascade,
    token_hash text        not null unique,
    created_at timestamptz not null
);

-- db-scheduler's table (its PostgreSQL schema), under a name that says whose it is: the
-- recurring planning and sending tasks, picked by one node at a time, with heartbeats.
create table reminder_scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index reminder_scheduled_tasks_execution_time on reminder_scheduled_tasks (execution_time);
create index reminder_scheduled_tasks_last_heartbeat on reminder_scheduled_tasks (last_heartbeat);
create index reminder_scheduled_tasks_priority on reminder_scheduled_tasks (priority desc, execution_time asc);
