-- Teams: every model belongs to one, and a person or system sees and changes only the models
-- of its teams (administrators see all). Models that existed before teams go to the team
-- 'default'. Team-wide alert rules and silences belong to a team too; those without one are
-- an administrator's and apply to every team.

ALTER TABLE monitored_model ADD COLUMN team VARCHAR(100) NOT NULL DEFAULT 'default';
ALTER TABLE monitored_model ALTER COLUMN team DROP DEFAULT;
CREATE INDEX monitored_model_team ON monitored_model (team);

-- The teams of a built-in account.
CREATE TABLE user_team (
    user_id BIGINT       NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    team    VARCHAR(100) NOT NULL,
    PRIMARY KEY (user_id, team)
);

-- A key is limited to the models of one team or to one model (whose team it then names).
-- A key of a model that is deleted sees nothing; model ids are never reused.
ALTER TABLE api_key ADD COLUMN team VARCHAR(100);
ALTER TABLE api_key ADD COLUMN model_id BIGINT;

ALTER TABLE alert_rule ADD COLUMN team VARCHAR(100);
ALTER TABLE silence ADD COLUMN team VARCHAR(100);
