-- A client's treatment goals, in their own words, each optionally tied to a value (the
-- values compass: connection, growth, joy, contribution, or the client's own word). A
-- goal is set aside rather than deleted, and every change is kept (who, when, what).
create table treatment_goal (
    id          uuid primary key,
    client_id   uuid        not null references client (id) on delete cascade,
    words       text        not null check (length(btrim(words)) between 1 and 500),
    value_word  text,
    position    integer     not null,
    archived_at timestamptz,
    created_by  uuid        not null references account (id),
    created_at  timestamptz not null default now(),
    changed_by  uuid references account (id),
    changed_at  timestamptz
);
create index treatment_goal_client on treatment_goal (client_id, position);

-- One row per part that changed: part is 'added', 'words', 'value', 'archived' or 'position'.
create table treatment_goal_revision (
    id         uuid primary key,
    goal_id    uuid        not null references treatment_goal (id) on delete cascade,
    changed_by uuid        not null references account (id),
    changed_at timestamptz not null default now(),
    part       text        not null check (part in ('added', 'words', 'value', 'archived', 'position')),
    before     text,
    after      text
);
create index treatment_goal_revision_goal on treatment_goal_revision (goal_id, changed_at);

-- Each assignment serves one goal (or none yet). The free-text goal stays as it was.
alter table assignment add column goal_id uuid references treatment_goal (id);
create index assignment_goal on assignment (goal_id);

-- Homework assigned before goals were records: one goal per client and distinct goal
-- text, ordered by when it was first used, made by whoever first wrote it.
insert into treatment_goal (id, client_id, words, position, created_by, created_at)
select md5(random()::text || clock_timestamp()::text)::uuid, client_id, words,
       row_number() over (partition by client_id order by first_used, words), first_by, first_used
from (select client_id, btrim(goal) as words, min(created_at) as first_used,
             (array_agg(created_by order by created_at))[1] as first_by
      from assignment
      where goal is not null and btrim(goal) <> ''
      group by client_id, btrim(goal)) as used;

insert into treatment_goal_revision (id, goal_id, changed_by, changed_at, part, after)
select md5(random()::text || clock_timestamp()::text)::uuid, id, created_by, created_at, 'added', words from treatment_goal;

update assignment a set goal_id = g.id
from treatment_goal g
where g.client_id = a.client_id and g.words = btrim(a.goal);
