package dev.kvcache.desktop.cli;

import dev.kvcache.desktop.bench.BenchRenderCommand;
import dev.kvcache.desktop.bench.BenchSimCommand;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The table of command-line subcommands ({@code report}, {@code sweep}, {@code bench-sim}, ...). Each takes the
 * arguments after its name and returns the process exit code: 0 success, 2 bad usage.
 */
public final class Subcommands {
    /** Returned when the first argument names no subcommand (the window opens instead). */
    public static final int NOT_A_SUBCOMMAND = -1;

    /** One command-line tool: prints to {@code out}, errors (one line each) to {@code err}. */
    public interface Subcommand {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    private static final Map<String, Subcommand> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("report", new ReportCommand());
        COMMANDS.put("sweep", new SweepCommand());
        COMMANDS.put("bench-sim", new BenchSimCommand());
        COMMANDS.put("bench-render", new BenchRenderCommand());
    }

    private Subcommands() {
    }

    public static int runIfSubcommand(String[] args) {
        if (args.length == 0) {
            return NOT_A_SUBCOMMAND;
        }
        Subcommand command = COMMANDS.get(args[0]);
        if (command == null) {
            return NOT_A_SUBCOMMAND;
        }
        return command.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err);
    }
}
