-- Version 4: where an import of an external audit topic (Confluent's confluent-audit-log-events) resumes.
-- {schema} is replaced by the validated, quoted schema name. Rows, chains, heads and checkpoints are untouched.

-- Per source (<cluster>/<topic>) and partition, the offset of the next record to import. It moves only after every
-- record before it was stored, found already stored, filtered or reported invalid, and never backwards.
CREATE TABLE {schema}.import_positions (
    source       text        NOT NULL,
    partition    integer     NOT NULL,
    next_offset  bigint      NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source, partition)
);
