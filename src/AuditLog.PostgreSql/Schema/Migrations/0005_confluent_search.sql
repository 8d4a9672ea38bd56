-- Version 5: Confluent's records are searched like Conduktor's metadata. A Confluent event's data is Confluent's
-- record (methodName, authenticationInfo, authorizationInfo, requestMetadata, result…), not an object with a
-- metadata member: its strings and numbers now enter the search vector as the metadata's do.
-- {schema} is replaced by the validated, quoted schema name. The vector is generated: dropping and adding it again
-- recomputes it for every row (the table is rewritten once); rows, chains, heads and checkpoints are untouched.

DROP INDEX {schema}.events_search;
ALTER TABLE {schema}.events DROP COLUMN search;
ALTER TABLE {schema}.events ADD COLUMN search tsvector GENERATED ALWAYS AS (
    to_tsvector('simple', event_type || ' ' || resource_address || ' ' || actor_id)
    || jsonb_to_tsvector(
        'simple',
        coalesce(payload::jsonb -> 'data' -> 'metadata', CASE WHEN family = 'confluent' THEN payload::jsonb -> 'data' END, '{}'::jsonb),
        '["string", "numeric"]')
) STORED;
ALTER TABLE {schema}.events ALTER COLUMN search SET COMPRESSION lz4, ALTER COLUMN search SET STORAGE MAIN;
CREATE INDEX events_search ON {schema}.events USING gin (search);
