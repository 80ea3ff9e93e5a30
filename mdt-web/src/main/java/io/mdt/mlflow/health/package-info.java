/**
 * MLflow in MicroProfile Health: always up, since MDT works without MLflow, with the state of
 * the integration ({@code off}, {@code up}, {@code degraded}) as data.
 */
package io.mdt.mlflow.health;
