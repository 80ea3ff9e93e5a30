-- Data that keeps growing: a version's predictions are partitioned by event time and its
-- actuals by the time they arrived, one partition per week (Monday 00:00 UTC), so that an
-- evaluation reads only the partitions of its window and the retention policy drops whole
-- partitions instead of deleting rows. Rows outside every partition (backfills older than the
-- retained weeks, times far ahead) wait in the table's default partition until the hourly
-- maintenance moves them into their week or deletes them.

-- How many days of raw predictions and actuals each model keeps; run results are kept.
ALTER TABLE monitored_model ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 90;
ALTER TABLE monitored_model ADD CONSTRAINT monitored_model_retention_check
    CHECK (retention_days BETWEEN 1 AND 36500);

-- How many of the version's oldest predictions retention removed: count windows are numbered
-- from the first prediction ever stored, so their offsets skip what is gone.
ALTER TABLE model_version ADD COLUMN retired_predictions BIGINT NOT NULL DEFAULT 0;

-- When maintenance last ran for each version (once per cluster, on the hour by default).
ALTER TABLE model_version ADD COLUMN maintained TIMESTAMP WITH TIME ZONE;

-- Turns a plain table of the mdt_data schema into a table partitioned by range of the column
-- key, keeping its rows as its default partition <name>_default, with BRIN indexes on the
-- columns indexed. PostgreSQL enforces uniqueness only within a partition, so a prediction id
-- stays unique in one of two ways (a table of an earlier release loses its key on
-- prediction_id alone either way):
--   keys = true: in the narrow unpartitioned table <name>_keys (prediction_id, key), which the
--     writer inserts into first: one index insert per row, as before partitioning;
--   keys = false: by the primary key (prediction_id, key) of every partition, the writer
--     looking the batch's ids up in every partition first.
CREATE FUNCTION mdt_data.partition_by_time(name text, key text, indexed text[], keys boolean) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    col text;
    old_key name;
    ahead integer;
    monday timestamp;
BEGIN
    SELECT conname INTO old_key FROM pg_constraint
    WHERE conrelid = format('mdt_data.%I', name)::regclass AND contype = 'p';
    IF old_key IS NOT NULL THEN
        EXECUTE format('ALTER TABLE mdt_data.%I DROP CONSTRAINT %I', name, old_key);
    END IF;
    EXECUTE format('ALTER TABLE mdt_data.%I RENAME TO %I', name, name || '_default');
    EXECUTE format('CREATE TABLE mdt_data.%I (LIKE mdt_data.%I INCLUDING DEFAULTS) PARTITION BY RANGE (%I)',
                   name, name || '_default', key);
    IF keys THEN
        EXECUTE format('CREATE TABLE mdt_data.%I (prediction_id text PRIMARY KEY, %I timestamptz NOT NULL)',
                       name || '_keys', key);
        EXECUTE format('INSERT INTO mdt_data.%I SELECT prediction_id, %I FROM mdt_data.%I',
                       name || '_keys', key, name || '_default');
        EXECUTE format('CREATE INDEX ON mdt_data.%I USING brin (%I)', name || '_keys', key);
    ELSE
        EXECUTE format('ALTER TABLE mdt_data.%I ADD PRIMARY KEY (prediction_id, %I)', name, key);
    END IF;
    EXECUTE format('ALTER TABLE mdt_data.%I ATTACH PARTITION mdt_data.%I DEFAULT', name, name || '_default');
    FOREACH col IN ARRAY indexed LOOP
        EXECUTE format('CREATE INDEX ON mdt_data.%I USING brin (%I)', name, col);
    END LOOP;
    -- The current week and the two after it at once, as maintenance keeps them, so that live
    -- data never waits in the default partition for the first maintenance.
    FOR ahead IN 0..2 LOOP
        monday := date_trunc('week', now() AT TIME ZONE 'UTC') + ahead * interval '1 week';
        PERFORM mdt_data.add_partition(name, key, name || '_w' || to_char(monday, 'YYYYMMDD'),
                                       monday AT TIME ZONE 'UTC', (monday + interval '1 week') AT TIME ZONE 'UTC');
    END LOOP;
END
$$;

-- Adding the partition [lower, upper) to a partitioned table of mdt_data takes two steps, each
-- returning the rows it moved out of the default partition into the new one. Prepare creates
-- the table and moves the range's rows, while inserts go on. Attach moves the rows that arrived
-- meanwhile and attaches the table, under a SHARE lock that makes inserts wait until the caller
-- commits: an insert routed before the new partition existed would otherwise land in the
-- default partition after the attach and break its constraint. Preparing every new week first
-- and attaching them after keeps inserts waiting only for the attaches.
CREATE FUNCTION mdt_data.prepare_partition(name text, key text, part text, lower timestamptz, upper timestamptz)
RETURNS bigint
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TABLE mdt_data.%I (LIKE mdt_data.%I INCLUDING DEFAULTS)', part, name);
    RETURN mdt_data.move_from_default(name, key, part, lower, upper);
END
$$;

CREATE FUNCTION mdt_data.attach_partition(name text, key text, part text, lower timestamptz, upper timestamptz)
RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    late bigint;
BEGIN
    EXECUTE format('LOCK TABLE mdt_data.%I IN SHARE MODE', name);
    late := mdt_data.move_from_default(name, key, part, lower, upper);
    EXECUTE format('ALTER TABLE mdt_data.%I ATTACH PARTITION mdt_data.%I FOR VALUES FROM (%L) TO (%L)',
                   name, part, lower, upper);
    RETURN late;
END
$$;

CREATE FUNCTION mdt_data.add_partition(name text, key text, part text, lower timestamptz, upper timestamptz)
RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    moved bigint;
BEGIN
    moved := mdt_data.prepare_partition(name, key, part, lower, upper);
    RETURN moved + mdt_data.attach_partition(name, key, part, lower, upper);
END
$$;

CREATE FUNCTION mdt_data.move_from_default(name text, key text, part text, lower timestamptz, upper timestamptz)
RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    moved bigint;
BEGIN
    EXECUTE format('WITH moved AS (DELETE FROM mdt_data.%I WHERE %I >= $1 AND %I < $2 RETURNING *)'
                   ' INSERT INTO mdt_data.%I SELECT * FROM moved', name || '_default', key, key, part)
        USING lower, upper;
    GET DIAGNOSTICS moved = ROW_COUNT;
    RETURN moved;
END
$$;

DO $$
DECLARE
    data record;
BEGIN
    FOR data IN
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'mdt_data' AND c.relkind = 'r' AND c.relname ~ '^(predictions|actuals)_[0-9]+$'
    LOOP
        IF data.relname LIKE 'predictions%' THEN
            PERFORM mdt_data.partition_by_time(data.relname, 'event_time', ARRAY['event_time', 'ingested_at'], true);
        ELSE
            PERFORM mdt_data.partition_by_time(data.relname, 'ingested_at', ARRAY['ingested_at'], false);
        END IF;
    END LOOP;
END
$$;
