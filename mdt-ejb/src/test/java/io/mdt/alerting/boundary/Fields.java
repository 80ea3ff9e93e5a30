package io.mdt.alerting.boundary;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import java.util.List;

/** The fields a validation error names, for tests. */
final class Fields {

    private Fields() {}

    static List<String> violated(Runnable check) {
        var error = catchThrowableOfType(check::run, ModelValidationException.class);
        if (error == null) {
            throw new AssertionError("expected a validation error");
        }
        return error.violations().stream().map(Violation::field).toList();
    }

    static List<String> messages(Runnable check) {
        var error = catchThrowableOfType(check::run, ModelValidationException.class);
        if (error == null) {
            throw new AssertionError("expected a validation error");
        }
        return error.violations().stream().map(Violation::message).toList();
    }
}
