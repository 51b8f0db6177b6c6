package dev.riyaz.common;

/**
 * Tells a failure of Quarkus REST's form and multipart parsers (a bad %-escape, a cut or wrongly bounded multipart
 * body, too many fields) from a failure of Riyaz: the parsers throw plain exceptions, so where they were thrown is
 * what says the request was at fault.
 */
final class UnreadableBody {

    private static final String PARSERS = "org.jboss.resteasy.reactive.server.core.multipart.";
    private static final String FORM_READER = "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler";

    private UnreadableBody() {}

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            StackTraceElement[] trace = cause.getStackTrace();
            if (trace.length > 0 && thrownWhileReading(trace)) {
                return true;
            }
        }
        return false;
    }

    /** Thrown by a parser, or by what it called (a decoder), while the form reader was running: not from our code. */
    private static boolean thrownWhileReading(StackTraceElement[] trace) {
        for (StackTraceElement frame : trace) {
            String type = frame.getClassName();
            if (type.startsWith("dev.riyaz.")) {
                return false;
            }
            if (type.startsWith(PARSERS) || type.equals(FORM_READER)) {
                return true;
            }
        }
        return false;
    }
}
