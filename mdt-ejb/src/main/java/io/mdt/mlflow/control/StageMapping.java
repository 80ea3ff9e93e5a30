package io.mdt.mlflow.control;

import io.mdt.registry.entity.Stage;
import java.util.Locale;

/**
 * MLflow's stages as MDT's: {@code Staging}, {@code Production} and {@code Archived} are MDT's
 * stages of those names, and {@code None} (registered, not yet promoted) is STAGING, the stage a
 * new MDT version starts in. A stage MLflow may add later is not mapped. MDT writes its
 * stages back as {@code Staging}, {@code Production} and {@code Archived}.
 */
public final class StageMapping {

    private StageMapping() {}

    /** MDT's stage for an MLflow stage, or null for one MDT does not know. */
    public static Stage of(String mlflowStage) {
        if (mlflowStage == null) {
            return null;
        }
        return switch (mlflowStage.strip().toLowerCase(Locale.ROOT)) {
            case "none", "", "staging" -> Stage.STAGING;
            case "production" -> Stage.PRODUCTION;
            case "archived" -> Stage.ARCHIVED;
            default -> null;
        };
    }

    /** The MLflow stage MDT writes to the registry for one of its stages. */
    public static String toMlflow(Stage stage) {
        return switch (stage) {
            case STAGING -> "Staging";
            case PRODUCTION -> "Production";
            case ARCHIVED -> "Archived";
        };
    }
}
