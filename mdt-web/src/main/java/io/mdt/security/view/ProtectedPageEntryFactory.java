package io.mdt.security.view;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link ProtectedPageEntry} in front of the exception handler Faces would use. */
public class ProtectedPageEntryFactory extends ExceptionHandlerFactory {

    public ProtectedPageEntryFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ProtectedPageEntry(getWrapped().getExceptionHandler());
    }
}
