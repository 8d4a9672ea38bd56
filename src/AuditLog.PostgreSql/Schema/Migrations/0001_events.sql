-- Version 1: the append-only events table, its chain bookkeeping and the indexes that serve each filter.
-- {schema} is replaced by the validated, quoted schema name.

CREATE TABLE {schema}.events (
    position          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id                uuid        NOT NULL,
    time              timestamptz NOT NULL,
    event_type        text        NOT NULL,
    family            text        NOT NULL,
    resource_type     text        NOT NULL,
    resource_address  text        NOT NULL,
    actor_kind        text        NOT NULL,
    actor_id          text        NOT NULL,
    outcome           text        NOT NULL,
    -- The event as a CloudEvent, exactly the bytes the integrity hash covers.
    payload           text        NOT NULL,
    event             jsonb       GENERATED ALWAYS AS (payload::jsonb) STORED,
    search            tsvector    GENERATED ALWAYS AS (
                          to_tsvector('simple', event_type || ' ' || resource_address || ' ' || actor_id)
                          || jsonb_to_tsvector('simple', coalesce(payload::jsonb -> 'data' -> 'metadata', '{}'::jsonb), '["string", "numeric"]')
                      ) STORED,
    writer_id         uuid        NOT NULL,
    sequence          bigint      NOT NULL,
    previous_hash     bytea       NOT NULL,
    hash              bytea       NOT NULL,
    CONSTRAINT events_id_unique UNIQUE (id),
    CONSTRAINT events_chain_unique UNIQUE (writer_id, sequence)
);

CREATE INDEX events_time ON {schema}.events (time DESC, id DESC);
CREATE INDEX events_type_time ON {schema}.events (event_type, time DESC, id DESC);
CREATE INDEX events_family_time ON {schema}.events (family, time DESC, id DESC);
CREATE INDEX events_resource_type_time ON {schema}.events (resource_type, time DESC, id DESC);
CREATE INDEX events_resource_address ON {schema}.events (resource_address text_pattern_ops);
CREATE INDEX events_actor_time ON {schema}.events (actor_id, time DESC, id DESC);
CREATE INDEX events_outcome_time ON {schema}.events (outcome, time DESC, id DESC);
CREATE INDEX events_search ON {schema}.events USING gin (search);

-- The last link of each writer's chain, updated in the same transaction as its rows: a removed tail is detectable.
CREATE TABLE {schema}.chain_heads (
    writer_id   uuid        PRIMARY KEY,
    sequence    bigint      NOT NULL,
    hash        bytea       NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Where each chain resumes after retention removed its oldest rows.
CREATE TABLE {schema}.checkpoints (
    writer_id      uuid        PRIMARY KEY,
    sequence       bigint      NOT NULL,
    hash           bytea       NOT NULL,
    purged_before  timestamptz NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);

-- Append-only: UPDATE, DELETE and TRUNCATE are refused, except the retention purge's DELETEs,
-- which set auditlog.purge = 'on' for their transaction.
CREATE FUNCTION {schema}.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('auditlog.purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit events are append-only: % on %.% is not allowed', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON {schema}.events
    FOR EACH ROW EXECUTE FUNCTION {schema}.refuse_change();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON {schema}.events
    FOR EACH STATEMENT EXECUTE FUNCTION {schema}.refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON {schema}.events FROM PUBLIC;
