package io.mdt.registry.entity;

/** Where a model version is in its life: tried out, serving, or retired. */
public enum Stage {
    STAGING,
    PRODUCTION,
    ARCHIVED
}
