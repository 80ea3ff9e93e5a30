package io.mdt.registry.entity;

/** The kind of values a column holds, which decides its storage and its drift tests. */
public enum ValueType {
    NUMERICAL("double precision"),
    CATEGORICAL("text"),
    BOOLEAN("boolean");

    private final String sqlType;

    ValueType(String sqlType) {
        this.sqlType = sqlType;
    }

    /** The PostgreSQL type of the column in the version's data tables. */
    public String sqlType() {
        return sqlType;
    }
}
