/**
 * The command line, {@code java -jar mdt-engine.jar compare ...} (drift) and {@code performance ...}
 * (realized metrics): argument parsing, a streaming CSV
 * reader into primitive columns, and the JSON, text and HTML writers. Bad usage or input ends with
 * exit code 2 and one line on stderr, never a stack trace. Owns no statistics.
 */
package io.mdt.engine.cli;
