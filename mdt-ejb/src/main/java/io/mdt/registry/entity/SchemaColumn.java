package io.mdt.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One column of a version's schema: its name in the records clients send, its role and
 * type, and the values it may take. Categories are stored one per line.
 */
@Embeddable
public class SchemaColumn {

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ColumnRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false, length = 20)
    private ValueType type;

    private Double minimum;

    private Double maximum;

    @Column(columnDefinition = "text")
    private String categories;

    @Column(name = "class_label", length = 200)
    private String classLabel;

    protected SchemaColumn() {}

    public SchemaColumn(
            int position,
            String name,
            ColumnRole role,
            ValueType type,
            Double minimum,
            Double maximum,
            List<String> categories,
            String classLabel) {
        this.position = position;
        this.name = Objects.requireNonNull(name);
        this.role = Objects.requireNonNull(role);
        this.type = Objects.requireNonNull(type);
        this.minimum = minimum;
        this.maximum = maximum;
        this.categories = categories == null || categories.isEmpty() ? null : String.join("\n", categories);
        this.classLabel = classLabel;
    }

    /** The column's name in the data tables: derived from its position, never from user text. */
    public String sqlName() {
        return "c" + position;
    }

    public List<String> categoryList() {
        return categories == null ? List.of() : Arrays.asList(categories.split("\n"));
    }

    /**
     * The class a score column is the probability of: as declared, else the column's name, so
     * that score columns named after their classes need no declaration.
     */
    public String scoreClass() {
        return classLabel != null ? classLabel : name;
    }

    public String getClassLabel() {
        return classLabel;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public ColumnRole getRole() {
        return role;
    }

    public ValueType getType() {
        return type;
    }

    public Double getMinimum() {
        return minimum;
    }

    public Double getMaximum() {
        return maximum;
    }
}
