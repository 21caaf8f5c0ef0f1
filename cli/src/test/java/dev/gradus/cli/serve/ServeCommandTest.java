package dev.gradus.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The HTTP options of {@code gradus serve} that are refused, with a one-line reason, before anything starts. */
class ServeCommandTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--allow-origin   | evil.example             | --allow-origin evil.example: an origin is scheme://host[:port]",
        "--allow-origin   | http://evil.example/page | --allow-origin http://evil.example/page: an origin is",
        "--allow-origin   | ftp://evil.example       | --allow-origin ftp://evil.example: an origin is",
        "--header-timeout | 0                        | --header-timeout, --body-timeout and --idle-timeout must be positive",
        "--body-timeout   | -1                       | --header-timeout, --body-timeout and --idle-timeout must be positive",
        "--idle-timeout   | 1e308                    | --header-timeout, --body-timeout and --idle-timeout must be positive and at most 86400 (a day)",
    })
    void badOptionsAreRefusedBeforeAnyWorkerStarts(String option, String value, String said) {
        StringWriter err = new StringWriter();
        CommandLine serve = new CommandLine(new ServeCommand()).setErr(new PrintWriter(err));
        assertEquals(2, serve.execute(option, value, "--port", "0"));
        assertTrue(err.toString().startsWith(said), err.toString());
    }
}
