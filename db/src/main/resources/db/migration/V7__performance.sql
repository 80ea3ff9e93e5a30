-- Performance: how a version's outputs read as a task (positive class, decision threshold,
-- the class each score column is the probability of), what a monitor measures, and what each
-- run found: realized metrics where actuals arrived, estimates where they did not, each
-- judged against bounds taken from the reference.
ALTER TABLE model_version ADD COLUMN positive_class VARCHAR(200);
ALTER TABLE model_version ADD COLUMN decision_threshold DOUBLE PRECISION;
ALTER TABLE version_column ADD COLUMN class_label VARCHAR(200);

-- The monitor's performance settings as JSON (metrics, thresholds per metric, chunking of the
-- reference, minimum actuals, horizon for late actuals); null for monitors made before them.
ALTER TABLE monitor ADD COLUMN performance TEXT;

-- Drift thresholds learned from the reference, by column, type or '*', as JSON: each column's
-- score on chunks of the reference, each chunk against the reference without it.
ALTER TABLE monitor ADD COLUMN drift_thresholds TEXT;

ALTER TABLE evaluation_run ADD COLUMN labelled_rows BIGINT;
ALTER TABLE evaluation_run ADD COLUMN performance_note TEXT;
ALTER TABLE evaluation_run ADD COLUMN confusion_matrix TEXT;
ALTER TABLE evaluation_run ADD COLUMN degraded BOOLEAN;
ALTER TABLE evaluation_run ADD COLUMN actuals_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE evaluation_run ADD COLUMN performance_evaluated TIMESTAMP WITH TIME ZONE;
ALTER TABLE evaluation_run ADD COLUMN run_version BIGINT NOT NULL DEFAULT 0;

CREATE TABLE metric_result (
    run_id            BIGINT      NOT NULL REFERENCES evaluation_run (id) ON DELETE CASCADE,
    position          INTEGER     NOT NULL,
    metric            VARCHAR(40) NOT NULL,
    realized          DOUBLE PRECISION,
    realized_reason   TEXT,
    estimated         DOUBLE PRECISION,
    estimate_lower    DOUBLE PRECISION,
    estimate_upper    DOUBLE PRECISION,
    sampling_error    DOUBLE PRECISION,
    estimate_reason   TEXT,
    reference_value   DOUBLE PRECISION,
    lower_bound       DOUBLE PRECISION,
    upper_bound       DOUBLE PRECISION,
    threshold_kind    VARCHAR(20),
    realized_verdict  VARCHAR(10),
    estimated_verdict VARCHAR(10),
    PRIMARY KEY (run_id, position)
);

-- Bounds computed once per monitor and reference dataset: the reference's value of each
-- metric and its mean and standard deviation over the reference's chunks.
CREATE TABLE performance_baseline (
    monitor_id      BIGINT      NOT NULL REFERENCES monitor (id) ON DELETE CASCADE,
    reference_id    BIGINT      NOT NULL REFERENCES reference_dataset (id) ON DELETE CASCADE,
    metric          VARCHAR(40) NOT NULL,
    reference_value DOUBLE PRECISION,
    chunk_mean      DOUBLE PRECISION,
    chunk_std       DOUBLE PRECISION,
    chunks          INTEGER     NOT NULL,
    PRIMARY KEY (monitor_id, reference_id, metric)
);

-- Late actuals: each firing looks for actuals stored since the last one and updates the
-- realized metrics of the windows they belong to.
ALTER TABLE monitor ADD COLUMN actuals_checked_until TIMESTAMP WITH TIME ZONE;

DO $$
DECLARE
    actuals regclass;
BEGIN
    FOR actuals IN
        SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'mdt_data' AND c.relname LIKE 'actuals\_%' AND c.relkind = 'r'
    LOOP
        EXECUTE format('CREATE INDEX ON %s USING brin (ingested_at)', actuals);
    END LOOP;
END
$$;
