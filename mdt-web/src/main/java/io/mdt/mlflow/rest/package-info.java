/** The MLflow API: which MLflow registered model version an MDT version is. */
package io.mdt.mlflow.rest;
