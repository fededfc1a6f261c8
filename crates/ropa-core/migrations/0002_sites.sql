-- ropa store, schema 2: processing sites or regions, and sub-processor services per site.
-- A sub-processor's services move out of its JSON into rows that can point at a site.

CREATE TABLE sites (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE UNIQUE INDEX sites_name ON sites (organisation_id, name COLLATE NOCASE);

CREATE TABLE subprocessor_services (
    subprocessor_id INTEGER NOT NULL REFERENCES subprocessors (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    site_id INTEGER REFERENCES sites (id),
    data TEXT NOT NULL,
    PRIMARY KEY (subprocessor_id, position)
);
CREATE INDEX subprocessor_services_site ON subprocessor_services (site_id);

INSERT INTO subprocessor_services (subprocessor_id, position, site_id, data)
SELECT subprocessors.id, services.key, NULL, services.value
FROM subprocessors, json_each(subprocessors.data, '$.services') AS services;

UPDATE subprocessors SET data = json_remove(data, '$.services');
