-- The stage of a version's MLflow registry version as MDT last saw it (read by a sync, or set
-- by MDT when it registered or moved it there), so that a sync tells a stage changed in the
-- registry, which MDT follows, from one changed in MDT, which MDT writes to the registry.
-- Unknown (NULL) for existing links: the registry's stage is followed at their next sync.
ALTER TABLE model_version ADD COLUMN mlflow_stage VARCHAR(20);
