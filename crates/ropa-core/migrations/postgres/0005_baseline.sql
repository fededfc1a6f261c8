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
