-- Persistent EJB timers live in the application database so that every instance of a
-- cluster sees the same timers and each one fires once per interval. Layout required by
-- Payara's EJB timer service (glassfish/lib/install/databases/ejbtimer_postgresql.sql).
CREATE TABLE "EJB__TIMER__TBL" (
    "CREATIONTIMERAW"      BIGINT                 NOT NULL,
    "BLOB"                 BYTEA,
    "TIMERID"              CHARACTER VARYING(255) NOT NULL,
    "CONTAINERID"          BIGINT                 NOT NULL,
    "OWNERID"              CHARACTER VARYING(255),
    "STATE"                INTEGER                NOT NULL,
    "PKHASHCODE"           INTEGER                NOT NULL,
    "INTERVALDURATION"     BIGINT                 NOT NULL,
    "INITIALEXPIRATIONRAW" BIGINT                 NOT NULL,
    "LASTEXPIRATIONRAW"    BIGINT                 NOT NULL,
    "SCHEDULE"             CHARACTER VARYING(255),
    "APPLICATIONID"        BIGINT                 NOT NULL,
    CONSTRAINT "EJB__TIMER__TBL_pkey" PRIMARY KEY ("TIMERID")
);
