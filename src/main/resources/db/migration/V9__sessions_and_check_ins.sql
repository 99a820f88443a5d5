-- The session rhythm: when sessions were (or will be), what the client wrote between them,
-- and the summary the clinician writes for the client afterwards.

create table session_date (
    id         uuid primary key,
    client_id  uuid        not null references client (id) on delete cascade,
    held_on    date        not null,
    created_by uuid        not null references account (id),
    created_at timestamptz not null default now(),
    -- One session a day per client: adding the same day again changes nothing.
    unique (client_id, held_on)
);

create table check_in (
    id         uuid primary key,
    client_id  uuid        not null references client (id) on delete cascade,
    text       text        not null check (length(text) between 1 and 2000),
    created_at timestamptz not null default now()
);
create index check_in_client_time on check_in (client_id, created_at);

create table session_summary (
    id              uuid primary key,
    client_id       uuid        not null references client (id) on delete cascade,
    -- The client's calendar day it was written on: it shows on their Today page until
    -- a session dated after it has passed.
    written_on      date        not null,
    learned         text,
    practised       text,
    still_hard      text,
    homework_agreed text,
    created_by      uuid        not null references account (id),
    created_at      timestamptz not null default now()
);
create index session_summary_client_time on session_summary (client_id, created_at);
