package io.mcpbench.compare.cli;

import io.mcpbench.compare.baseline.AtomicFiles;
import io.mcpbench.compare.baseline.EnvironmentFingerprint;
import io.mcpbench.compare.baseline.FingerprintCapture;
import io.mcpbench.compare.baseline.FingerprintJson;
import io.mcpbench.compare.baseline.GitCommit;
import io.mcpbench.compare.model.ResultFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code comparator fingerprint RESULT}: the environment fingerprint of this machine for a result. */
@Command(name = "fingerprint", mixinStandardHelpOptions = true,
        description = {"Write the environment fingerprint of this machine for a result file.",
            "%nFields: CPU model, cores, memory, OS, JDK vendor and version, VM, JVM arguments, collector, "
                + "JMH version, fork and iteration settings, git commit."})
final class FingerprintCommand implements Callable<Integer> {

    @ParentCommand
    ComparatorCli cli;

    @Parameters(index = "0", paramLabel = "RESULT.json", description = "JMH JSON result measured on this machine.")
    Path result;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--git-commit", paramLabel = "SHA", description = "Commit of the measured code. Default: git rev-parse HEAD.")
    String gitCommit;

    @Override
    public Integer call() {
        ResultFile r = Inputs.result(cli.backend, result);
        EnvironmentFingerprint fp = FingerprintCapture.of(r.runInfo(), cli.host.get(),
                gitCommit != null ? gitCommit : GitCommit.head(Path.of("")));
        byte[] json = FingerprintJson.write(fp);
        if (out == null) {
            PrintWriter w = cli.spec.commandLine().getOut();
            w.print(new String(json, StandardCharsets.UTF_8));
            w.flush();
        } else {
            try {
                AtomicFiles.write(out, json);
            } catch (IOException e) {
                throw new UncheckedIOException(out + ": cannot write: " + e.getMessage(), e);
            }
        }
        return ExitCodes.PASS;
    }
}
