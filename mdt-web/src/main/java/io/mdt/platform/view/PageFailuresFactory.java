package io.mdt.platform.view;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link PageFailures} in front of the exception handler Faces would use. */
public class PageFailuresFactory extends ExceptionHandlerFactory {

    public PageFailuresFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PageFailures(getWrapped().getExceptionHandler());
    }
}
