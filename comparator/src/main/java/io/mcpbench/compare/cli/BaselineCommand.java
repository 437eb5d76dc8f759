package io.mcpbench.compare.cli;

import io.mcpbench.compare.baseline.BaselineStore;
import io.mcpbench.compare.baseline.EnvironmentFingerprint;
import io.mcpbench.compare.baseline.FingerprintCapture;
import io.mcpbench.compare.baseline.FingerprintJson;
import io.mcpbench.compare.baseline.GitCommit;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code comparator baseline save|show}: the stored baselines, one folder per hardware profile. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Save or show baselines: <baselines-dir>/<profile>/result.json and fingerprint.json, saved as one pair.",
        subcommands = {BaselineCommand.Save.class, BaselineCommand.Show.class})
final class BaselineCommand implements Runnable {

    @ParentCommand
    ComparatorCli cli;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand (save or show)");
    }

    /** {@code baseline save}: validates a result fully, then replaces the profile's baseline atomically. */
    @Command(name = "save", mixinStandardHelpOptions = true,
            description = {"Store a result as the baseline of a profile.",
                "%nThe result is read once and validated in full; those same bytes and the fingerprint are written as a new "
                    + "generation of the profile (fsync), which one atomic rename of the profile's 'current' link makes the "
                    + "baseline. Saves to one profile take a file lock and run one at a time; a failed or killed save keeps "
                    + "the old pair, and the next save removes what it left."})
    static final class Save implements Callable<Integer> {

        @ParentCommand
        BaselineCommand parent;

        @Option(names = "--profile", paramLabel = "NAME", required = true, description = "Profile name (letters, digits, '.', '_', '-').")
        String profile;

        @Option(names = "--result", paramLabel = "FILE", required = true, description = "JMH JSON result to store.")
        Path result;

        @Option(names = "--fingerprint", paramLabel = "FILE",
                description = "Fingerprint to store (from 'comparator fingerprint'). Default: this machine and the result's JMH settings.")
        Path fingerprint;

        @Option(names = "--git-commit", paramLabel = "SHA", description = "Commit of the measured code. Default: git rev-parse HEAD.")
        String gitCommit;

        @Option(names = "--baselines-dir", paramLabel = "DIR", defaultValue = "baselines",
                description = "Folder of baseline profiles (default: ${DEFAULT-VALUE}).")
        Path baselinesDir;

        @Override
        public Integer call() {
            ComparatorCli cli = parent.cli;
            BaselineStore store = new BaselineStore(baselinesDir);
            store.profileDir(profile);
            Inputs.Read read = Inputs.read(cli.backend, result);
            EnvironmentFingerprint fp = fingerprint != null ? FingerprintJson.read(fingerprint)
                    : FingerprintCapture.of(read.result().runInfo(), cli.host.get(), gitCommit != null ? gitCommit : GitCommit.head(Path.of("")));
            BaselineStore.Stored s = store.save(profile, read.bytes(), fp);
            PrintWriter out = parent.spec.commandLine().getOut();
            out.println("saved baseline " + profile + ": " + s.result() + " (" + read.result().rows().size() + " rows)");
            out.flush();
            return ExitCodes.PASS;
        }
    }

    /** {@code baseline show}: what a profile holds, or the list of profiles. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show a profile's baseline (rows, benchmarks, fingerprint), or list the profiles when --profile is omitted.")
    static final class Show implements Callable<Integer> {

        @ParentCommand
        BaselineCommand parent;

        @Option(names = "--profile", paramLabel = "NAME", description = "Profile to show; omit to list profiles.")
        String profile;

        @Option(names = "--baselines-dir", paramLabel = "DIR", defaultValue = "baselines",
                description = "Folder of baseline profiles (default: ${DEFAULT-VALUE}).")
        Path baselinesDir;

        @Override
        public Integer call() {
            BaselineStore store = new BaselineStore(baselinesDir);
            PrintWriter out = parent.spec.commandLine().getOut();
            if (profile == null) {
                for (String p : store.profiles()) out.println(p);
                out.flush();
                return ExitCodes.PASS;
            }
            BaselineStore.Stored s = store.load(profile);
            ResultFile r = Inputs.parse(parent.cli.backend, s.result().toString(), s.resultBytes());
            TreeSet<String> benchmarks = new TreeSet<>();
            for (Row row : r.rows()) benchmarks.add(row.key().benchmark());
            out.println("profile:    " + profile);
            out.println("result:     " + s.result());
            out.println("rows:       " + r.rows().size());
            out.println("benchmarks: " + benchmarks.size());
            for (String b : benchmarks) out.println("  " + b);
            if (s.fingerprint() == null) {
                out.println("fingerprint: (none)");
            } else {
                out.println("fingerprint:");
                for (Map.Entry<String, String> e : s.fingerprint().toMap().entrySet()) {
                    out.println("  " + e.getKey() + ": " + e.getValue());
                }
            }
            out.flush();
            return ExitCodes.PASS;
        }
    }
}
