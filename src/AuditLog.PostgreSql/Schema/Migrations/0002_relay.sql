-- Version 2: what a relay needs to export committed events (the Kafka relay, src/AuditLog.Kafka).
-- {schema} is replaced by the validated, quoted schema name.

-- Per destination and writer, the last sequence of the writer's chain delivered there. Sequences are
-- gap-free and each writer commits them in order, so "everything up to N" is a complete cursor; the
-- position column is not one (insert order is not commit order).
CREATE TABLE {schema}.relay_cursors (
    destination  text        NOT NULL,
    writer_id    uuid        NOT NULL,
    sequence     bigint      NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (destination, writer_id)
);

-- Every transaction that moves a chain head wakes the relays: NOTIFY is delivered when the transaction
-- commits and never when it rolls back. One channel for every schema of the database, the schema as
-- payload (a channel named after the schema could exceed the 63 bytes of an identifier); identical
-- notifications of one transaction are folded into one.
CREATE FUNCTION {schema}.notify_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('auditlog_commit', TG_TABLE_SCHEMA);
    RETURN NULL;
END
$$;

CREATE TRIGGER chain_heads_notify_commit AFTER INSERT OR UPDATE ON {schema}.chain_heads
    FOR EACH STATEMENT EXECUTE FUNCTION {schema}.notify_commit();
