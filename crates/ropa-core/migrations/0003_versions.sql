-- ropa store, schema 3: an entity's current state is kept once, as the `after` of its latest
-- history entry, and its row points at that entry (`version`). Rows keep the columns that are
-- searched, sorted and linked (organisation, name, links); their JSON `data` goes.
--
-- Between the two halves, at the marker line, the program makes sure each entity's latest
-- history entry holds its state as the row and its links give it; where it does not (stores
-- written before history was complete), it adds an entry with that state, dated and signed with
-- the migration's time and user, and sets `version` (store/entity.rs, `state_into_history`).

ALTER TABLE organisations ADD COLUMN version INTEGER REFERENCES history (seq);
ALTER TABLE controllers ADD COLUMN version INTEGER REFERENCES history (seq);
ALTER TABLE sites ADD COLUMN version INTEGER REFERENCES history (seq);
ALTER TABLE subprocessors ADD COLUMN version INTEGER REFERENCES history (seq);
ALTER TABLE measures ADD COLUMN version INTEGER REFERENCES history (seq);
ALTER TABLE activities ADD COLUMN version INTEGER REFERENCES history (seq);

-- @state-into-history

ALTER TABLE organisations DROP COLUMN data;
ALTER TABLE controllers DROP COLUMN data;
ALTER TABLE sites DROP COLUMN data;
ALTER TABLE subprocessors DROP COLUMN data;
ALTER TABLE measures DROP COLUMN data;
ALTER TABLE activities DROP COLUMN data;
