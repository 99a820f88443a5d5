create table client (
    id           uuid primary key,
    account_id   uuid        not null unique references account (id) on delete cascade,
    display_name text        not null,
    timezone     text        not null,
    created_at   timestamptz not null default now()
);

-- Who may see a client's data: their clinicians. Read by caseload's CareTeam only.
create table care_team_member (
    client_id    uuid        not null references client (id) on delete cascade,
    clinician_id uuid        not null references account (id) on delete cascade,
    added_at     timestamptz not null default now(),
    primary key (client_id, clinician_id)
);
create index care_team_member_clinician on care_team_member (clinician_id);
