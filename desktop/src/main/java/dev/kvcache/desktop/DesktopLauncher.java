package dev.kvcache.desktop;

import dev.kvcache.desktop.cli.Subcommands;

/** Entry point of the desktop jar: a subcommand name runs that command, anything else opens the window. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void main(String[] args) {
        int exitCode = Subcommands.runIfSubcommand(args);
        if (exitCode != Subcommands.NOT_A_SUBCOMMAND) {
            System.exit(exitCode);
        }
        WindowLauncher.open(args);
    }
}
