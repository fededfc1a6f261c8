-- ropa store, schema 4: a change that touches many entries at once (an import) is recorded once,
-- with its label ("Import of register.xlsx"), and each of its history entries points at it, so
-- that the history can show it as one change and undo it in one step.

CREATE TABLE changes (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    label TEXT NOT NULL
);

ALTER TABLE history ADD COLUMN change_id INTEGER REFERENCES changes (id);
CREATE INDEX history_change ON history (change_id);
