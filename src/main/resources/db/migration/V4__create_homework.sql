create table assignment (
    id                  uuid primary key,
    client_id           uuid        not null references client (id) on delete cascade,
    template_version_id uuid        not null references template_version (id),
    title               text        not null,
    goal                text,
    purpose             text,
    days_of_week        text[]      not null,
    time_of_day         time,
    cue                 text,
    duration_minutes    integer,
    start_date          date        not null,
    end_date            date,
    barriers            jsonb       not null default '[]',
    created_by          uuid        not null references account (id),
    created_at          timestamptz not null default now(),
    check (end_date is null or end_date >= start_date)
);
create index assignment_client on assignment (client_id);

create table entry (
    id               uuid primary key,
    assignment_id    uuid        not null references assignment (id) on delete cascade,
    client_id        uuid        not null references client (id) on delete cascade,
    occurred_on      date        not null,
    answers          jsonb       not null default '{}',
    duration_seconds integer,
    quality          smallint check (quality between 1 and 5),
    mood_before      smallint check (mood_before between 0 and 10),
    mood_after       smallint check (mood_after between 0 and 10),
    note             text,
    private          boolean     not null default false,
    flag_for_session boolean     not null default false,
    idempotency_key  text        not null,
    request_hash     text        not null,
    created_at       timestamptz not null default now(),
    -- The guard that makes replays safe, also when two arrive at once.
    unique (client_id, idempotency_key)
);
create index entry_assignment_day on entry (assignment_id, occurred_on);

create table skip (
    id              uuid primary key,
    assignment_id   uuid        not null references assignment (id) on delete cascade,
    client_id       uuid        not null references client (id) on delete cascade,
    occurred_on     date        not null,
    reason          text        not null,
    note            text,
    idempotency_key text        not null,
    request_hash    text        not null,
    created_at      timestamptz not null default now(),
    unique (client_id, idempotency_key)
);
create index skip_assignment_day on skip (assignment_id, occurred_on);
