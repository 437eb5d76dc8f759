package io.mcpbench.compare.cli;

import io.mcpbench.compare.peers.PeerRatios;
import io.mcpbench.compare.peers.PeerTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code comparator peers RESULT.json}: ours against each peer in one run, so that a suite that
 * measures its code beside the libraries a team would otherwise pick answers its first question
 * ("how much faster is ours?") with a ratio and an interval, not two scores to divide by hand.
 */
@Command(name = "peers", mixinStandardHelpOptions = true,
        description = {"Ours against each peer in one JMH result: for every row with peers (rows that differ only in the "
            + "parameter that names the implementation, impl by default), how many times faster ours is than each peer, "
            + "with its interval.",
            "%nThe ratio is the peer's time over ours (or our throughput over the peer's), from the geometric means of each "
                + "side's fork centres, computed as a comparison does (warm-up dropped, unsettled forks left out, a trimmed "
                + "mean per fork); the interval is Student's t on the log fork centres (Welch's when the fork counts differ), "
                + "exponentiated. Fewer than 2 forks a side give a ratio without an interval. Primary scores only. "
                + "Exits 0 unless the file or an option is bad."})
final class PeersCommand implements Callable<Integer> {

    /** Reads {@code NAME=VALUE} as the rows that are ours. */
    static final class OursConverter implements ITypeConverter<PeerRatios.Ours> {
        @Override
        public PeerRatios.Ours convert(String value) {
            try {
                return PeerRatios.Ours.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    @ParentCommand
    ComparatorCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULT.json", description = "JMH JSON result (- for standard input).")
    Path result;

    @Option(names = "--ours", paramLabel = "NAME=VALUE", defaultValue = "impl=mcpbench", converter = OursConverter.class,
            description = "The rows that are ours: the parameter that names the implementation and our value of it "
                + "(default: ${DEFAULT-VALUE}). Every other value of the parameter is a peer.")
    PeerRatios.Ours ours;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95", converter = FractionConverter.class,
            description = "Level of each interval, 0.95 or 95% (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Override
    public Integer call() {
        if (!(confidence > 0 && confidence < 1)) {
            throw new ParameterException(spec.commandLine(), "--confidence must lie between 0 and 1 (exclusive), got " + confidence);
        }
        PeerRatios.Peers peers = PeerRatios.of(Inputs.resultOrStdin(cli, result), ours, confidence);
        PrintWriter w = cli.spec.commandLine().getOut();
        w.print(PeerTable.render(peers));
        w.flush();
        return ExitCodes.PASS;
    }
}
