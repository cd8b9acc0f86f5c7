package dev.kvcache.desktop.cli;

import dev.kvcache.memory.Scenario;
import dev.kvcache.timing.TimingSettings;
import dev.kvcache.units.Quantities;
import dev.kvcache.units.Saturating;

/**
 * The requests the time model serves, from the options: prompt and output tokens (1024 each unless
 * given), which together must fit the scenario's context, and the achieved fractions of peak.
 */
final class RequestShape {
    final long prompt;
    final long output;
    final TimingSettings timing;

    private RequestShape(long prompt, long output, TimingSettings timing) {
        this.prompt = prompt;
        this.output = output;
        this.timing = timing;
    }

    static RequestShape of(ReportOptions options, Scenario scenario) {
        long prompt = options.tokens("--prompt", ReportOptions.DEFAULT_PROMPT);
        long output = options.tokens("--output", ReportOptions.DEFAULT_OUTPUT);
        // Saturating: a huge --output (read as 2^63 - 1) plus the prompt must not wrap round to a negative sum.
        if (Saturating.add(prompt, output) > scenario.context) {
            throw new IllegalArgumentException("--prompt " + Quantities.grouped(prompt) + " + --output "
                    + Quantities.grouped(output) + " tokens exceed the context of " + Quantities.grouped(scenario.context)
                    + " tokens; raise --context or shorten the request");
        }
        return new RequestShape(prompt, output, options.timing());
    }
}
