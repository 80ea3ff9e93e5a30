-- The platform heartbeat: a persistent timer records each run here, so operators can see
-- in the readiness details that scheduled work runs once per interval across the cluster.
CREATE TABLE timer_heartbeat (
    name      VARCHAR(100) PRIMARY KEY,
    last_run  TIMESTAMP WITH TIME ZONE NOT NULL,
    run_count BIGINT NOT NULL
);
