-- ropa store, schema 1: organisations and what their registers hold.
-- Each entity row keeps its searchable columns (organisation, name) and the rest of the entity as
-- JSON in `data`; references between entities are link tables with foreign keys.

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE UNIQUE INDEX organisations_name ON organisations (name COLLATE NOCASE);

CREATE TABLE controllers (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE UNIQUE INDEX controllers_name ON controllers (organisation_id, name COLLATE NOCASE);

CREATE TABLE subprocessors (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE UNIQUE INDEX subprocessors_name ON subprocessors (organisation_id, name COLLATE NOCASE);

CREATE TABLE measures (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE UNIQUE INDEX measures_name ON measures (organisation_id, name COLLATE NOCASE);

CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX activities_organisation ON activities (organisation_id);

CREATE TABLE activity_controllers (
    activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    controller_id INTEGER NOT NULL REFERENCES controllers (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (activity_id, controller_id)
);
CREATE INDEX activity_controllers_controller ON activity_controllers (controller_id);

CREATE TABLE activity_subprocessors (
    activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    subprocessor_id INTEGER NOT NULL REFERENCES subprocessors (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (activity_id, subprocessor_id)
);
CREATE INDEX activity_subprocessors_subprocessor ON activity_subprocessors (subprocessor_id);

CREATE TABLE activity_measures (
    activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    measure_id INTEGER NOT NULL REFERENCES measures (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (activity_id, measure_id)
);
CREATE INDEX activity_measures_measure ON activity_measures (measure_id);

-- Every create, update and delete, written in the same transaction as the change.
-- `before` and `after` are the whole entity as JSON (NULL on create and delete respectively).
CREATE TABLE history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    organisation_id INTEGER,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    label TEXT NOT NULL,
    before TEXT,
    after TEXT
);
CREATE INDEX history_entity ON history (entity, entity_id, seq);
CREATE INDEX history_at ON history (at);
