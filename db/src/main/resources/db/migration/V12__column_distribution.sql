-- How each column's values fell in the reference and in the window, as the engine counted them
-- when it compared the two: shared bins for numbers, the most frequent categories otherwise.
-- The column page draws them without reading the window's predictions again.
CREATE TABLE column_distribution (
    run_id        BIGINT       NOT NULL REFERENCES evaluation_run (id) ON DELETE CASCADE,
    column_name   VARCHAR(200) NOT NULL,
    distribution  TEXT         NOT NULL,
    PRIMARY KEY (run_id, column_name)
);
