package io.mcpbench.compare.cli;

import io.mcpbench.compare.baseline.BaselineException;
import io.mcpbench.compare.baseline.Host;
import io.mcpbench.compare.merge.MergeException;
import io.mcpbench.compare.model.BadInputException;
import io.mcpbench.compare.policy.InvalidEnvironmentValueException;
import io.mcpbench.compare.policy.PolicyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code comparator} command line: compares JMH results, gates a candidate on a baseline and
 * a policy, summarises one result (and ours against its peers), keeps baselines, merges result files,
 * follows benchmarks over a history of runs, and exports results to monitoring systems.
 * Every failure reaches the user as one line, {@code comparator: <file>: <what>}, and an exit
 * code from {@link ExitCodes}; never a stack trace: {@link #execute} is the one error boundary.
 */
@Command(name = "comparator", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Statistical comparison of JMH JSON results, and a regression gate.",
        subcommands = {CompareCommand.class, GateCommand.class, BaselineCommand.class, FingerprintCommand.class,
            MergeCommand.class, PlanCommand.class, PlanCheckCommand.class, ReportCommand.class, SummaryCommand.class, PeersCommand.class, SteadyCommand.class, HistoryCommand.class,
            ExportCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:pass (or nothing to gate)",
            "1:a gated regression, a missing benchmark not allowed, a violated limit; plan-check: a criterion not met",
            "2:usage error (unknown option, bad value, bad PERF_* variable)",
            "3:bad input (missing, unreadable, malformed or empty file) or environment mismatch"})
public final class ComparatorCli implements Runnable {

    final ComparisonBackend backend;
    final Map<String, String> env;
    final Supplier<Host> host;
    private final Supplier<InputStream> stdin;
    private byte[] stdinContent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A command line as below, reading a result named {@code -} from {@code System.in}. */
    public ComparatorCli(ComparisonBackend backend, Map<String, String> env, Supplier<Host> host) {
        this(backend, env, host, () -> System.in);
    }

    /**
     * A command line over {@code backend}, reading {@code PERF_*} limits from {@code env}, facts
     * from {@code host}, and a result named {@code -} from {@code stdin}.
     */
    public ComparatorCli(ComparisonBackend backend, Map<String, String> env, Supplier<Host> host, Supplier<InputStream> stdin) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.env = Map.copyOf(env);
        this.host = host;
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    /** Standard input, read once: every {@code -} on the command line gets the same bytes. */
    byte[] stdin() {
        if (stdinContent == null) {
            try (InputStream in = stdin.get()) {
                stdinContent = in.readAllBytes();
            } catch (IOException e) {
                throw new BadInputException(Inputs.STDIN_NAME + ": cannot read: " + e.getMessage());
            }
        }
        return stdinContent;
    }

    /** Runs the command line on the real reader and engine, with this process's environment. */
    public static void main(String[] args) {
        int code;
        try {
            code = execute(commandLine(new EngineBackend(), System.getenv(), Host::current), args);
        } catch (Throwable t) {
            code = report(t, new PrintWriter(System.err, true));
        }
        System.exit(code);
    }

    /**
     * Runs {@code cl}: the one error boundary. Failures of the command's own handlers come back as
     * their exit codes; anything that escapes picocli, JVM errors included ({@link OutOfMemoryError},
     * {@link StackOverflowError}), becomes one line and exit 3, so no failure reads as a pass (0)
     * or a regression (1), and no stack trace is printed.
     */
    static int execute(CommandLine cl, String[] args) {
        try {
            return cl.execute(args);
        } catch (Throwable t) {
            return report(t, cl.getErr());
        }
    }

    /** One line for a failure that escaped every handler; exit 3. */
    private static int report(Throwable t, PrintWriter err) {
        int code = exitCode(t);
        String line;
        if (code >= 0) {
            line = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        } else if (t instanceof OutOfMemoryError) {
            code = ExitCodes.BAD_INPUT;
            line = "out of memory (" + t.getMessage() + "): the input is too large for this JVM's heap (-Xmx)";
        } else if (t instanceof StackOverflowError) {
            code = ExitCodes.BAD_INPUT;
            line = "internal error: stack overflow (input nested too deeply?)";
        } else {
            code = ExitCodes.BAD_INPUT;
            line = "internal error: " + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        }
        try {
            err.println("comparator: " + oneLine(line));
            err.flush();
        } catch (Throwable ignored) {
            // nothing else can be said; the exit code still tells
        }
        return code;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command (compare, gate, report, summary, peers, baseline, fingerprint, merge, plan, history, export)");
    }

    /** The configured picocli command line, with the one-line error handlers installed, reading {@code -} from {@code System.in}. */
    public static CommandLine commandLine(ComparisonBackend backend, Map<String, String> env, Supplier<Host> host) {
        return commandLine(backend, env, host, () -> System.in);
    }

    /** The configured picocli command line, with the one-line error handlers installed. */
    public static CommandLine commandLine(ComparisonBackend backend, Map<String, String> env, Supplier<Host> host,
            Supplier<InputStream> stdin) {
        CommandLine cl = new CommandLine(new ComparatorCli(backend, env, host, stdin));
        cl.setExecutionExceptionHandler(ComparatorCli::onExecutionException);
        cl.setParameterExceptionHandler(ComparatorCli::onParameterException);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        WholeNumbers.register(cl);
        return cl;
    }

    static int onParameterException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        cmd.getErr().println("comparator: " + oneLine(ex.getMessage()) + " (see '" + name + " --help')");
        cmd.getErr().flush();
        return ExitCodes.USAGE;
    }

    static int onExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        return report(ex, cmd.getErr());
    }

    /** The exit code for a failure, or -1 for one that is a defect rather than bad input. */
    static int exitCode(Throwable ex) {
        if (ex instanceof InvalidEnvironmentValueException || ex instanceof ParameterException) return ExitCodes.USAGE;
        if (ex instanceof PolicyException || ex instanceof BaselineException || ex instanceof MergeException
                || ex instanceof UncheckedIOException || ex instanceof IOException || ex instanceof BadResultException
                || ex instanceof BadInputException) {
            return ExitCodes.BAD_INPUT;
        }
        return -1;
    }

    /** The first line of {@code s}, trimmed: a message must never spill over several lines. */
    static String oneLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        if (nl >= 0) t = t.substring(0, nl);
        int cr = t.indexOf('\r');
        if (cr >= 0) t = t.substring(0, cr);
        return t.strip();
    }
}
