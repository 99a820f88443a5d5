-- The application connects as a role that owns nothing: it may read and write the rows of
-- the tables, but not change the schema, and (V22) only add to the audit trail. Flyway
-- runs these migrations as the owner. The role's name is the placeholder approle
-- (bridgework.database.app-role: SPRING_DATASOURCE_USERNAME when set, bridgework_app
-- otherwise). See docs/security.md.
--
-- Idempotent: the role is created only when it does not exist and the owner may create
-- roles (the embedded PostgreSQL's superuser may). On an external server where it may not,
-- a DBA creates the role first (docs/security.md); without the role nothing is granted and
-- a notice says so. When the application connects as the owner itself, there is no other
-- role to grant to.
do $$
declare
    app_role text := '${approle}';
    owner_may_create boolean;
begin
    if app_role = current_user then
        raise notice 'The application connects as the owner % itself: no role to grant to', app_role;
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app_role) then
        select rolsuper or rolcreaterole into owner_may_create from pg_roles where rolname = current_user;
        if not owner_may_create then
            raise notice 'Role % does not exist and % may not create it: create it as docs/security.md says',
                app_role, current_user;
            return;
        end if;
        -- No password: the embedded server trusts local connections; elsewhere a DBA sets one.
        execute format('create role %I login', app_role);
    end if;
    execute format('grant usage on schema %I to %I', current_schema(), app_role);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), app_role);
    execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), app_role);
    -- Tables and sequences later migrations create (as this same owner) get the same.
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
        current_schema(), app_role);
    execute format('alter default privileges in schema %I grant usage, select on sequences to %I',
        current_schema(), app_role);
    -- Before PostgreSQL 15 anyone may create tables in the public schema; the application may not.
    if exists (select 1 from pg_namespace n join pg_roles r on r.oid = n.nspowner
               where n.nspname = current_schema() and r.rolname = current_user) then
        execute format('revoke create on schema %I from public', current_schema());
    end if;
end
$$;
