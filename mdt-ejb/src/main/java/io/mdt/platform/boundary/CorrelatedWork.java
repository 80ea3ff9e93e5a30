package io.mdt.platform.boundary;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;
import jakarta.jms.Message;

/**
 * Runs a listener's message under the correlation id the message carries, and a timer's firing
 * under an id of its own, so that what they log and send is found together. Bound with
 * {@code @Interceptors(CorrelatedWork.class)} on message-driven beans and timer beans; a
 * business method called within other work keeps that work's id.
 */
public class CorrelatedWork {

    @AroundInvoke
    Object call(InvocationContext invocation) throws Exception {
        var parameters = invocation.getParameters();
        try (var scope = parameters.length > 0 && parameters[0] instanceof Message message
                ? Correlation.open(message)
                : Correlation.open((String) null)) {
            return invocation.proceed();
        }
    }

    @AroundTimeout
    Object fire(InvocationContext invocation) throws Exception {
        try (var scope = Correlation.open((String) null)) {
            return invocation.proceed();
        }
    }
}
