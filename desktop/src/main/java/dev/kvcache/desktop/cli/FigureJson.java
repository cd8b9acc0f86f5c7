package dev.kvcache.desktop.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.kvcache.units.Quantities;
import java.io.IOException;

/**
 * The JSON printer of {@code report} and {@code sweep}: every double goes out as
 * {@link Quantities#figure}, so no figure carries arithmetic's last-bit noise (3.3616, not
 * 3.3615999999999997). Whole numbers are longs and print as they are.
 */
final class FigureJson {
    private FigureJson() {
    }

    /** A mapper that writes every double as a figure. */
    static ObjectMapper mapper() {
        SimpleModule figures = new SimpleModule("figures");
        JsonSerializer<Double> figure = new JsonSerializer<Double>() {
            @Override
            public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeNumber(Quantities.figure(value));
            }
        };
        figures.addSerializer(Double.class, figure);
        figures.addSerializer(double.class, figure);
        return new ObjectMapper().registerModule(figures);
    }
}
