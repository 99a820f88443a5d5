-- A clinician's own templates: copies of a library template with their own wording.
-- owner_id null is a built-in template, visible to everyone; otherwise only the owner
-- sees it (clinic-wide templates shared by an admin are not built yet: they would get
-- their own column or a sharing table, not a special owner).
alter table template_version add column owner_id uuid null references account (id);

create index template_version_owner_idx on template_version (owner_id, key, version);
