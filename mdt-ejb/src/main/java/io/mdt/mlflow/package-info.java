/**
 * MDT beside an MLflow tracking server and model registry: which registered model version a
 * model version is (the link, kept on the version), the registry's stages and new versions
 * brought into MDT by a persistent timer, every evaluation's figures logged as metrics of one
 * MLflow run per version, and retrained models registered as new registry versions. Without
 * {@code mdt.mlflow.tracking-uri} it does nothing. MLflow being unreachable never fails an
 * evaluation: its figures are retried from the {@code mdt.mlflow} queue. It owns the table
 * {@code mlflow_run}; versions and their stages belong to the registry component.
 */
package io.mdt.mlflow;
