-- Version 6: fewer bytes per event for the same queries (issue 10, measured in docs/benchmarks.md).
-- {schema} is replaced by the validated, quoted schema name. Rows, chains, heads and checkpoints are untouched; the
-- dropped columns' bytes stay in the rows written before until the table is rewritten (VACUUM FULL).

-- The search vector is no longer stored in each row (~200 B, never compressed: PostgreSQL compresses only rows over
-- 2 KB): the GIN index is built on the expression, which one function defines for the index and the reader's queries.
-- A plain word is answered from the index alone; a phrase (and a hyphenated word is one) rechecks each row the index
-- found, evaluating the function again. PL/pgSQL is never inlined, so the planner charges its COST, a JSON parse
-- (~20 µs), for each row a plan would evaluate it on: an inlined SQL function looked cheap, and a word in one event
-- in 200 walked events_time evaluating it per row (126 ms at a million events) instead of using the index (25 ms).
-- The body's names resolve in pg_catalog whatever the session's search_path.
DROP INDEX {schema}.events_search;
ALTER TABLE {schema}.events DROP COLUMN search;
CREATE FUNCTION {schema}.search_vector(event_type text, resource_address text, actor_id text, family text, payload text)
RETURNS tsvector LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 5000 SET search_path = pg_catalog AS $$
BEGIN
    RETURN to_tsvector('simple', event_type || ' ' || resource_address || ' ' || actor_id)
        || jsonb_to_tsvector(
            'simple',
            coalesce(payload::jsonb -> 'data' -> 'metadata', CASE WHEN family = 'confluent' THEN payload::jsonb -> 'data' END, '{}'::jsonb),
            '["string", "numeric"]');
END
$$;
CREATE INDEX events_search ON {schema}.events USING gin ({schema}.search_vector(event_type, resource_address, actor_id, family, payload));

-- Ids are UUID v7 and already unique: the id is the primary key, and the identity column and its index go.
ALTER TABLE {schema}.events DROP COLUMN position;
ALTER TABLE {schema}.events DROP CONSTRAINT events_id_unique;
ALTER TABLE {schema}.events ADD CONSTRAINT events_pkey PRIMARY KEY (id) WITH (fillfactor = 100);

-- Ascending keys, read backwards for newest first. Rows arrive in time order: a descending index receives every
-- row at the left end of its range, where a full page splits in halves that stay half empty; at the right end
-- PostgreSQL splits by the fill factor, 100 since rows are never updated. The event type and actor indexes leave
-- the id out (a page's ties on time are sorted after the read): their rows land amid other types' and actors', so
-- their pages split in halves whatever the order, and 16 bytes less a key counts twice.
DROP INDEX {schema}.events_time;
DROP INDEX {schema}.events_type_time;
DROP INDEX {schema}.events_actor_time;
DROP INDEX {schema}.events_unsuccessful_time;
CREATE INDEX events_time ON {schema}.events (time, id) WITH (fillfactor = 100);
CREATE INDEX events_type_time ON {schema}.events (event_type, time);
CREATE INDEX events_actor_time ON {schema}.events (actor_id, time);
CREATE INDEX events_unsuccessful_time ON {schema}.events (outcome, time, id) WHERE outcome <> 'success';
ALTER INDEX {schema}.events_chain_unique SET (fillfactor = 100);

-- A resource prefix matches a few addresses among thousands: with the default 100 histogram buckets the planner
-- guessed one in a hundred rows and walked events_time instead of the prefix index (40 ms instead of 1 ms at 200,000
-- events). 1,000 buckets estimate it within a factor of two. ANALYZE then samples 300,000 rows instead of 30,000.
ALTER TABLE {schema}.events ALTER COLUMN resource_address SET STATISTICS 1000;
