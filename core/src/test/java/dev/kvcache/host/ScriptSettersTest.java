package dev.kvcache.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kvcache.TestCatalog;
import dev.kvcache.scenario.StartupScenario;
import dev.kvcache.sim.FlashMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** setFlashAttention(...) as the browser calls it: String(value) of a JS boolean, number or string. */
class ScriptSettersTest {
    @ParameterizedTest
    @CsvSource({"true,on", "false,off", "1,on", "0,off", "on,on", "OFF,off", "yes,on", "no,off"})
    void booleansNumbersAndWordsAreRead(String argument, String expected) {
        assertEquals("flashAttention = " + expected, ScriptSetters.switchLine("flashAttention", argument));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "maybe", "2", "-1", "undefined", "null", "NaN", "[object Object]", "truthy"})
    void anythingElseIsRefused(String argument) {
        assertNull(ScriptSetters.switchLine("flashAttention", argument), argument);
    }

    @Test
    void theRefusalNamesTheSetterTheArgumentAndWhatWasKept() {
        assertEquals("setFlashAttention('maybe') refused: expected true/false, 1/0, on/off or yes/no; kept on",
                ScriptSetters.refusal("setFlashAttention", "maybe", true));
    }

    @Test
    void noTurnsFlashAttentionOffThroughTheConsole() {
        SimulationHost host = new SimulationHost(TestCatalog.get(), StartupScenario.defaults(TestCatalog.get()));
        List<String> notices = new ArrayList<>();
        ActionHandler handler = new ActionHandler(host, new TestPlatform(), action -> { }, notices::add);
        assertEquals(FlashMode.FLASH, host.simulation().settings().flash(), "the default device starts with it on");
        handler.submit(ScriptSetters.switchLine("flashAttention", "no"));
        handler.applyPending();
        assertEquals(FlashMode.STANDARD, host.simulation().settings().flash(), notices.toString());
    }
}
