-- Version 3: a cheaper write path for the same queries (issue 10, measured in docs/benchmarks.md).
-- {schema} is replaced by the validated, quoted schema name. Rows, chains, heads and checkpoints are untouched.

-- No query reads the generated jsonb copy of the payload: each row paid for a second parse and a second copy.
ALTER TABLE {schema}.events DROP COLUMN event;

-- Low-cardinality filters lose their own index. Family and resource type follow from the event type (the reader
-- adds the catalogue's event types to those filters, served by events_type_time); a common value is served by
-- walking events_time. Only the outcomes people look for, failures and denials, which are rare, keep an index.
DROP INDEX {schema}.events_family_time;
DROP INDEX {schema}.events_resource_type_time;
DROP INDEX {schema}.events_outcome_time;
CREATE INDEX events_unsuccessful_time ON {schema}.events (outcome, time DESC, id DESC) WHERE outcome <> 'success';

-- The payload and the search vector compressed inside the row (lz4) rather than stored raw: a row of ~1 KB takes
-- about half. MAIN storage on every variable-length column keeps the compressed values in the row: nothing is
-- moved to the TOAST table, which would cost a second insert per row. Rows written before stay as they are.
ALTER TABLE {schema}.events
    ALTER COLUMN payload SET COMPRESSION lz4,
    ALTER COLUMN search SET COMPRESSION lz4,
    ALTER COLUMN payload SET STORAGE MAIN,
    ALTER COLUMN search SET STORAGE MAIN,
    ALTER COLUMN event_type SET STORAGE MAIN,
    ALTER COLUMN family SET STORAGE MAIN,
    ALTER COLUMN resource_type SET STORAGE MAIN,
    ALTER COLUMN resource_address SET STORAGE MAIN,
    ALTER COLUMN actor_kind SET STORAGE MAIN,
    ALTER COLUMN actor_id SET STORAGE MAIN,
    ALTER COLUMN outcome SET STORAGE MAIN,
    ALTER COLUMN previous_hash SET STORAGE MAIN,
    ALTER COLUMN hash SET STORAGE MAIN,
    SET (toast_tuple_target = 128);
