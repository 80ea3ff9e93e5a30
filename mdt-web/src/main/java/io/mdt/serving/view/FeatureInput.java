package io.mdt.serving.view;

import io.mdt.registry.boundary.ColumnSummary;
import io.mdt.registry.entity.ValueType;
import java.io.Serializable;
import java.util.List;

/**
 * One field of the playground's form: a feature of the version's schema and the text typed for
 * it. The text is kept as typed, so that nothing is lost when a record is refused.
 */
public class FeatureInput implements Serializable {

    private final String name;
    private final ValueType type;
    private final List<String> categories;
    private final boolean readByModel;
    private String text;

    FeatureInput(ColumnSummary column, boolean readByModel) {
        this.name = column.name();
        this.type = column.type();
        this.categories = column.categories() == null ? List.of() : List.copyOf(column.categories());
        this.readByModel = readByModel;
    }

    public String getName() {
        return name;
    }

    public ValueType getType() {
        return type;
    }

    public List<String> getCategories() {
        return categories;
    }

    public boolean isReadByModel() {
        return readByModel;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
