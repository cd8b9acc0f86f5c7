/** The command line of the desktop jar: {@code report} and its options, read with the link's names and printed as JSON. */
package dev.kvcache.desktop.cli;
