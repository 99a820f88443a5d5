-- Crisis alerts: a client's clinicians must know soon when the client may be in crisis
-- (PHQ-9 item 9 above 0, or "I need help now"). A row is written in the same transaction
-- as what caused it, and stays OPEN until one of the client's clinicians acknowledges it.
-- No clinical content is kept here: only the kind of signal and what stored thing caused it.
create table alert (
    id                   uuid primary key,
    client_id            uuid        not null references client (id) on delete cascade,
    kind                 text        not null check (kind in ('PHQ9_ITEM9', 'HELP_NOW')),
    source_id            uuid,
    status               text        not null default 'OPEN' check (status in ('OPEN', 'ACKNOWLEDGED')),
    created_at           timestamptz not null,
    acknowledged_at      timestamptz,
    acknowledged_by      uuid references account (id) on delete set null,
    acknowledgement_note text,
    -- Set once, by the node that claimed the alert for the escalation email.
    escalated_at         timestamptz,
    check ((status = 'OPEN') = (acknowledged_at is null))
);

create index alert_by_client on alert (client_id, created_at desc);

-- What the escalation poller looks at: open alerts nobody has escalated yet.
create index alert_due_for_escalation on alert (created_at) where status = 'OPEN' and escalated_at is null;
