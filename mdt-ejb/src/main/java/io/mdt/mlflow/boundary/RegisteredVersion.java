package io.mdt.mlflow.boundary;

import java.io.Serializable;

/** A version of an MLflow registered model: the registered model's name and the version's number. */
public record RegisteredVersion(String registeredModel, String version) implements Serializable {}
