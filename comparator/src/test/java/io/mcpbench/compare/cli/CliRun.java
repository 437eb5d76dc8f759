package io.mcpbench.compare.cli;

import io.mcpbench.compare.baseline.Host;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** One command-line run with captured output, for tests. */
record CliRun(int exit, String out, String err) {

    static final Host HOST = new Host("Test CPU @ 3.0GHz", 8, 32L << 30, "Linux", "6.1", "amd64", "Test Vendor", "17.0.8");

    static CliRun run(ComparisonBackend backend, Map<String, String> env, String... args) {
        return run(backend, env, () -> InputStream.nullInputStream(), args);
    }

    /** A run whose standard input is {@code stdin}. */
    static CliRun run(ComparisonBackend backend, Map<String, String> env, Supplier<InputStream> stdin, String... args) {
        CommandLine cl = ComparatorCli.commandLine(backend, env, () -> HOST, stdin);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = ComparatorCli.execute(cl, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Copies the test resource {@code name} (beside this class) into {@code dir}. */
    static Path fixture(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = CliRun.class.getResourceAsStream(name)) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    List<String> errLines() {
        return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }
}
