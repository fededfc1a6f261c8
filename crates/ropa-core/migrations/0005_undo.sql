-- ropa store, schema 5: a change that takes back another says which (`undoes`), so that a change
-- is taken back once, and the entries of a change taken back (and of its undo) do not count as
-- later changes when an earlier change is taken back in turn.

ALTER TABLE changes ADD COLUMN undoes INTEGER REFERENCES changes (id);
CREATE INDEX changes_undoes ON changes (undoes);

-- Stores written before kept the link in the label only: "Undo of change 12: Import of x.csv".
UPDATE changes
SET undoes = CAST(substr(label, 16, instr(substr(label, 16), ':') - 1) AS INTEGER)
WHERE label LIKE 'Undo of change %:%';
