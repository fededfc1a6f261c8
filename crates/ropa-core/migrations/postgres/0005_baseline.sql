-- A ropa store on PostgreSQL, created whole at schema 5 (the file store's migrations 0001 to
-- 0005 give the same tables); its own migrations go on from here. `ropa admin init` runs it in
-- one transaction, as the database's owner.

CREATE TABLE ropa_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE changes (
    id BIGSERIAL PRIMARY KEY,
    at TEXT NOT NULL,
    "user" TEXT NOT NULL,
    label TEXT NOT NULL,
    undoes BIGINT REFERENCES changes (id) DEFERRABLE
);
CREATE INDEX changes_undoes ON changes (undoes);

CREATE TABLE history (
    seq BIGSERIAL PRIMARY KEY,
    at TEXT NOT NULL,
    "user" TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    organisation_id BIGINT,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    label TEXT NOT NULL,
    before TEXT,
    after TEXT,
    change_id BIGINT REFERENCES changes (id) DEFERRABLE
);
CREATE INDEX history_entity ON history (entity, entity_id, seq);
CREATE INDEX history_at ON history (at);
CREATE INDEX history_change ON history (change_id);

CREATE TABLE organisations (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    version BIGINT REFERENCES history (seq) DEFERRABLE
);
CREATE UNIQUE INDEX organisations_name ON organisations (lower(name));

CREATE TABLE controllers (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) DEFERRABLE,
    name TEXT NOT NULL,
    version BIGINT REFERENCES history (seq) DEFERRABLE
);
CREATE UNIQUE INDEX controllers_name ON controllers (organisation_id, lower(name));

CREATE TABLE sites (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) DEFERRABLE,
    name TEXT NOT NULL,
    version BIGINT REFERENCES history (seq) DEFERRABLE
);
CREATE UNIQUE INDEX sites_name ON sites (organisation_id, lower(name));

CREATE TABLE subprocessors (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) DEFERRABLE,
    name TEXT NOT NULL,
    version BIGINT REFERENCES history (seq) DEFERRABLE
);
CREATE UNIQUE INDEX subprocessors_name ON subprocessors (organisation_id, lower(name));

CREATE TABLE subprocessor_services (
    subprocessor_id BIGINT NOT NULL REFERENCES subprocessors (id) ON DELETE CASCADE DEFERRABLE,
    position INTEGER NOT NULL,
    site_id BIGINT REFERENCES sites (id) DEFERRABLE,
    data TEXT NOT NULL,
    PRIMARY KEY (subprocessor_id, position)
);
CREATE INDEX subprocessor_services_site ON subprocessor_services (site_id);

CREATE TABLE measures (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) DEFERRABLE,
    name TEXT NOT NULL,
    version BIGINT REFERENCES history (seq) DEFERRABLE
);
CREATE UNIQUE INDEX measures_name ON measures (organisation_id, lower(name));

CREATE TABLE activities (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) DEFERRABLE,
    name TEXT NOT NULL,
    version BIGINT REFERENCES history (seq) DEFERRABLE
);
CREATE INDEX activities_organisation ON activities (organisation_id);

CREATE TABLE activity_controllers (
    activity_id BIGINT NOT NULL REFERENCES activities (id) ON DELETE CASCADE DEFERRABLE,
    controller_id BIGINT NOT NULL REFERENCES controllers (id) DEFERRABLE,
    position INTEGER NOT NULL,
    PRIMARY KEY (activity_id, controller_id)
);
CREATE INDEX activity_controllers_controller ON activity_controllers (controller_id);

CREATE TABLE activity_subprocessors (
    activity_id BIGINT NOT NULL REFERENCES activities (id) ON DELETE CASCADE DEFERRABLE,
    subprocessor_id BIGINT NOT NULL REFERENCES subprocessors (id) DEFERRABLE,
    position INTEGER NOT NULL,
    PRIMARY KEY (activity_id, subprocessor_id)
);
CREATE INDEX activity_subprocessors_subprocessor ON activity_subprocessors (subprocessor_id);

CREATE TABLE activity_measures (
    activity_id BIGINT NOT NULL REFERENCES activities (id) ON DELETE CASCADE DEFERRABLE,
    measure_id BIGINT NOT NULL REFERENCES measures (id) DEFERRABLE,
    position INTEGER NOT NULL,
    PRIMARY KEY (activity_id, measure_id)
);
CREATE INDEX activity_measures_measure ON activity_measures (measure_id);

-- Who may read, and who may write, each organisation's register: a role (a user, or a group of
-- users) and an organisation, as `ropa admin grant` and `ropa admin revoke` keep them. The
-- database's owner, the register's administrator, sees and changes everything.
CREATE TABLE ropa_access (
    role TEXT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE DEFERRABLE,
    can_write BOOLEAN NOT NULL,
    PRIMARY KEY (role, organisation_id)
);

-- The organisations whose entries the connected user (or a role they are a member of) may read,
-- or write. Run as its owner, so that users need no right on ropa_access; the user is
-- `session_user`, whom the server authenticated. The policies below ask it once per statement
-- (`organisation_id IN (SELECT ropa_orgs(…))`), not once per row.
CREATE FUNCTION ropa_orgs(may_write BOOLEAN) RETURNS SETOF BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    AS $$
        SELECT a.organisation_id FROM ropa_access a JOIN pg_catalog.pg_roles r ON r.rolname = a.role
        WHERE (a.can_write OR NOT may_write) AND pg_catalog.pg_has_role(session_user, r.oid, 'MEMBER')
    $$;

-- History and changes name whom the server authenticated, at the server's time, whatever a
-- program sends. Only the owner (moving a register here with `ropa push`) keeps who and when.
CREATE FUNCTION ropa_stamp() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
    AS $$
    BEGIN
        IF NOT pg_catalog.pg_has_role(session_user,
            (SELECT datdba FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database()), 'MEMBER')
        THEN
            NEW."user" := session_user;
            NEW.at := pg_catalog.to_char(pg_catalog.now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
        END IF;
        RETURN NEW;
    END
    $$;
-- Rows that already say whom the server authenticated, at its time (ropa's own), need nothing.
CREATE TRIGGER history_stamp BEFORE INSERT ON history FOR EACH ROW
    WHEN (NEW."user" IS DISTINCT FROM session_user::text
          OR NEW.at IS DISTINCT FROM to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
    EXECUTE FUNCTION ropa_stamp();
CREATE TRIGGER changes_stamp BEFORE INSERT ON changes FOR EACH ROW
    WHEN (NEW."user" IS DISTINCT FROM session_user::text
          OR NEW.at IS DISTINCT FROM to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
    EXECUTE FUNCTION ropa_stamp();

-- Every write announced to the programs listening (open windows), once per statement and with
-- nothing in it: they look at what they may see themselves.
CREATE FUNCTION ropa_announce() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        PERFORM pg_catalog.pg_notify('ropa_changes', '');
        RETURN NULL;
    END
    $$;
CREATE TRIGGER history_announce AFTER INSERT ON history FOR EACH STATEMENT EXECUTE FUNCTION ropa_announce();

-- Row-level security: a user sees and changes the rows of the organisations they were granted,
-- whether through ropa or any other client. History is read per organisation and only ever
-- added to (no right to update or delete it is granted).
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
CREATE POLICY may_read ON organisations FOR SELECT USING (id IN (SELECT ropa_orgs(false)));
CREATE POLICY may_change ON organisations FOR UPDATE USING (id IN (SELECT ropa_orgs(true))) WITH CHECK (id IN (SELECT ropa_orgs(true)));

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['controllers', 'sites', 'subprocessors', 'measures', 'activities'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY may_read ON %I FOR SELECT USING (organisation_id IN (SELECT ropa_orgs(false)))', t);
        EXECUTE format('CREATE POLICY may_add ON %I FOR INSERT WITH CHECK (organisation_id IN (SELECT ropa_orgs(true)))', t);
        EXECUTE format('CREATE POLICY may_change ON %I FOR UPDATE USING (organisation_id IN (SELECT ropa_orgs(true))) '
            'WITH CHECK (organisation_id IN (SELECT ropa_orgs(true)))', t);
        EXECUTE format('CREATE POLICY may_remove ON %I FOR DELETE USING (organisation_id IN (SELECT ropa_orgs(true)))', t);
    END LOOP;
    -- An activity's links, and a sub-processor's services, go with their owner; a link is added
    -- only to an entry of an organisation the user may write (`link` is table:column:target).
    FOREACH t IN ARRAY ARRAY['activity_controllers:controller_id:controllers',
                             'activity_subprocessors:subprocessor_id:subprocessors',
                             'activity_measures:measure_id:measures'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', split_part(t, ':', 1));
        EXECUTE format('CREATE POLICY may_read ON %I FOR SELECT USING (activity_id IN '
            '(SELECT a.id FROM activities a WHERE a.organisation_id IN (SELECT ropa_orgs(false))))', split_part(t, ':', 1));
        EXECUTE format('CREATE POLICY may_add ON %I FOR INSERT WITH CHECK (activity_id IN '
            '(SELECT a.id FROM activities a WHERE a.organisation_id IN (SELECT ropa_orgs(true))) '
            'AND %I IN (SELECT e.id FROM %I e WHERE e.organisation_id IN (SELECT ropa_orgs(true))))',
            split_part(t, ':', 1), split_part(t, ':', 2), split_part(t, ':', 3));
        EXECUTE format('CREATE POLICY may_remove ON %I FOR DELETE USING (activity_id IN '
            '(SELECT a.id FROM activities a WHERE a.organisation_id IN (SELECT ropa_orgs(true))))', split_part(t, ':', 1));
    END LOOP;
END
$$;

ALTER TABLE subprocessor_services ENABLE ROW LEVEL SECURITY;
CREATE POLICY may_read ON subprocessor_services FOR SELECT
    USING (subprocessor_id IN (SELECT s.id FROM subprocessors s WHERE s.organisation_id IN (SELECT ropa_orgs(false))));
CREATE POLICY may_add ON subprocessor_services FOR INSERT
    WITH CHECK (subprocessor_id IN (SELECT s.id FROM subprocessors s WHERE s.organisation_id IN (SELECT ropa_orgs(true)))
        AND (site_id IS NULL OR site_id IN (SELECT e.id FROM sites e WHERE e.organisation_id IN (SELECT ropa_orgs(true)))));
CREATE POLICY may_remove ON subprocessor_services FOR DELETE
    USING (subprocessor_id IN (SELECT s.id FROM subprocessors s WHERE s.organisation_id IN (SELECT ropa_orgs(true))));

ALTER TABLE history ENABLE ROW LEVEL SECURITY;
CREATE POLICY may_read ON history FOR SELECT USING (organisation_id IN (SELECT ropa_orgs(false)));
CREATE POLICY may_add ON history FOR INSERT WITH CHECK (organisation_id IN (SELECT ropa_orgs(true)));

-- A labelled change (an import, with its file's name) is seen by whoever may see an entry it
-- wrote, and by who made it (before it wrote any); anyone may begin one.
ALTER TABLE changes ENABLE ROW LEVEL SECURITY;
CREATE POLICY may_read ON changes FOR SELECT
    USING (id IN (SELECT change_id FROM history) OR "user" = session_user::text);
CREATE POLICY may_add ON changes FOR INSERT WITH CHECK (true);
CREATE POLICY may_change ON changes FOR UPDATE
    USING (id IN (SELECT change_id FROM history) OR "user" = session_user::text);
