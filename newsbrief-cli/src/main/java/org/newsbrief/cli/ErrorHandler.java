package org.newsbrief.cli;

import picocli.CommandLine;

/**
 * Turns exceptions into one-line messages on stderr: bad input or configuration
 * ({@link IllegalArgumentException}) exits with 2, anything else with 1. The stack trace is
 * shown only when {@code NEWSBRIEF_DEBUG} is set.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int INTERNAL = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        boolean badInput = e instanceof IllegalArgumentException || e instanceof java.nio.file.NoSuchFileException;
        commandLine.getErr().println("newsbrief: error: " + oneLine(e));
        if (System.getenv("NEWSBRIEF_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        return badInput ? BAD_INPUT : INTERNAL;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
