package io.mdt.registry.view;

import io.mdt.registry.boundary.ColumnDraft;
import java.io.Serializable;
import java.util.List;

/** One row of the schema a person checks before saving a version: a column whose role and type they may change. */
public class ProposedColumn implements Serializable {

    private final String name;
    private String role;
    private String type;

    ProposedColumn(ColumnDraft proposed) {
        this.name = proposed.name();
        this.role = proposed.role();
        this.type = proposed.type() == null ? "NUMERICAL" : proposed.type();
    }

    /** The column as the registry takes it; the type is left out where the role has none. */
    ColumnDraft draft() {
        boolean typed = !"ID".equals(role) && !"TIMESTAMP".equals(role);
        return new ColumnDraft(name, role, typed ? type : null, null, null, List.of());
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
