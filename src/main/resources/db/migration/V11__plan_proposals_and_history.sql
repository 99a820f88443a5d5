-- Plans are written with the client: where they practise, changes they propose, and the
-- history of every change to a plan (who, when, what), so both can see how it grew.
alter table assignment add column place text;

create table plan_proposal (
    id            uuid primary key,
    assignment_id uuid        not null references assignment (id) on delete cascade,
    client_id     uuid        not null references client (id) on delete cascade,
    proposed_by   uuid        not null references account (id),
    -- [{"field": "cue", "before": "...", "after": "..."}], as the plan stood when proposed
    changes       jsonb       not null,
    note          text,
    status        text        not null check (status in ('PROPOSED', 'ACCEPTED', 'DISCUSS')),
    reply         text,
    decided_by    uuid references account (id),
    decided_at    timestamptz,
    created_at    timestamptz not null default now()
);
create index plan_proposal_assignment on plan_proposal (assignment_id, created_at);

create table plan_revision (
    id            uuid primary key,
    assignment_id uuid        not null references assignment (id) on delete cascade,
    changed_by    uuid        not null references account (id),
    proposal_id   uuid references plan_proposal (id) on delete set null,
    changes       jsonb       not null,
    changed_at    timestamptz not null default now()
);
create index plan_revision_assignment on plan_revision (assignment_id, changed_at);
