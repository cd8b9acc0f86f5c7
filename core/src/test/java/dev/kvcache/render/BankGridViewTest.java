package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The banks fill their modules: no module card is left half empty below its banks. */
class BankGridViewTest {
    @ParameterizedTest
    @CsvSource({
        // area of the scene at 1600x1000 and 1280x720, module count, usable bytes per GPU
        "1002, 860, 5, 85029615043", // H100: 79.19 GiB, 256 MiB banks
        "1002, 860, 8, 285481943695", // B300
        "1002, 860, 8, 225485783", // Groq: 215 MiB in 1 MiB banks, 8 regions drawn
        "762, 600, 4, 33672845148", // TPU v4 at 1280x720
        "762, 600, 12, 25254407700", // RTX 4090
        "2400, 1900, 6, 149863825653", // H200 at 3840x2160
    })
    void banksTakeAtLeastSeventyPercentOfTheGrid(float width, float height, int modules, long capacity) {
        SceneLayout scene = new SceneLayout();
        scene.update(0, 0, width, height, modules, 70f);
        BankGridView banks = new BankGridView(SceneRenderer.MAX_BANKS);
        int positions = banks.layout(scene.modules(), scene.scale(), 18f, capacity);
        long bankBytes = MemoryMap.bankBytesFor(capacity, positions);
        long bankCount = (capacity - 1) / bankBytes + 1;
        assertTrue(bankCount <= positions, bankCount + " banks in " + positions + " positions");
        assertTrue(bankCount >= 0.7 * positions, "only " + bankCount + " of " + positions
                + " positions hold a bank: the modules' lower part stays empty");
    }
}
