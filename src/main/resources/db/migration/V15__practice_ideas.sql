-- A client's idea for a practice of their own, in their words. Their clinician plans it
-- as homework (the new assignment is linked here) or asks to talk it through in session.
create table practice_idea (
    id               uuid primary key,
    client_id        uuid        not null references client (id) on delete cascade,
    proposed_by      uuid        not null references account (id),
    title            text        not null,
    why              text,
    when_and_cue     text,
    duration_minutes integer,
    status           text        not null check (status in ('PROPOSED', 'ACCEPTED', 'DISCUSS')),
    reply            text,
    assignment_id    uuid references assignment (id) on delete set null,
    decided_by       uuid references account (id),
    decided_at       timestamptz,
    idempotency_key  text        not null,
    request_hash     text        not null,
    created_at       timestamptz not null default now(),
    unique (client_id, idempotency_key)
);
create index practice_idea_client on practice_idea (client_id, created_at);
