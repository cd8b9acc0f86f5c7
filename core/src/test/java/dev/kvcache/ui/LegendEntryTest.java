package dev.kvcache.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.render.BankContent;
import dev.kvcache.render.MemoryMap;
import dev.kvcache.scenario.EngineSpecProvider;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Simulation;
import dev.kvcache.sim.Speculation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The legend names every colour code the banks show, and nothing they do not: weights, the
 * speculative draft, each sequence's KV, window or state and reservation, workspace, free memory and the saved outline.
 */
class LegendEntryTest {
    private static final int SLOTS = 600;

    @ParameterizedTest
    @CsvSource({
        "llama-3.1-8b, h100, 8, 131072, PAGED, FLASH, 300, none",
        "llama-3.1-8b, h100, 8, 131072, CONTIGUOUS, FLASH, 300, none",
        "llama-3.1-8b, h100, 32, 100000000, CONTIGUOUS, FLASH, 200, none",
        "mistral-7b, h100, 8, 131072, CONTIGUOUS, FLASH, 300, none",
        "qwen3-next-80b, h200, 4, 131072, PAGED, STANDARD, 300, none",
        "gpt-oss-120b, h100, 8, 131072, CONTIGUOUS, FLASH, 400, none",
        "llama-3.1-70b, groq, 8, 131072, PAGED, STANDARD, 300, none",
        "deepseek-v3, h200, 8, 131072, PAGED, FLASH, 300, none",
        "deepseek-v3, h200, 8, 131072, PAGED, FLASH, 300, mtp",
        "llama-3.1-70b, h100, 8, 131072, PAGED, FLASH, 300, llama-3.1-8b",
        "llama-3.1-8b, h100, 8, 131072, CONTIGUOUS, FLASH, 300, llama-3.2-1b",
    })
    void everyCodeOnTheBanksHasItsEntryAndEveryEntryItsCode(String model, String device, int batch, long context,
            PagingMode paging, FlashMode flash, int ticks, String draft) {
        SimSettings settings = SimSettings.builder().modelId(model).deviceId(device).batch(batch)
                .contextTokens(context).paging(paging).flash(flash)
                .speculation(Speculation.OFF.withDraft(draft)).build();
        Simulation simulation = new Simulation(new EngineSpecProvider(TestCatalog.get()), settings);
        for (int i = 0; i < ticks; i++) {
            simulation.step();
        }
        MemoryMap map = new MemoryMap(SLOTS);
        map.update(simulation, SLOTS);
        List<LegendEntry> shown = new ArrayList<>();
        for (LegendEntry entry : LegendEntry.values()) {
            if (entry.isShown(map, paging)) {
                shown.add(entry);
            }
        }
        boolean ghost = false;
        long used = 0;
        for (int bank = 0; bank < map.bankCount(); bank++) {
            ghost |= map.isGhost(bank);
            for (int stripe = 0; stripe < MemoryMap.STRIPES; stripe++) {
                int code = map.content(bank, stripe);
                assertTrue(named(code, shown, map), "code " + code + " in bank " + bank + " has no legend entry "
                        + shown);
                if (code >= 0 && !BankContent.isReserved(code) && !BankContent.isState(code)) {
                    used |= 1L << BankContent.slotOf(code);
                }
            }
        }
        assertEquals(!"none".equals(draft), shown.contains(LegendEntry.DRAFT), "the draft is drawn exactly when set");
        assertEquals(ghost, shown.contains(LegendEntry.SAVED), "the saved outline is listed exactly when drawn");
        assertEquals(used, map.usedSlots(), "one swatch for each sequence whose KV shows, no more");
        for (LegendEntry entry : shown) {
            assertTrue(entry == LegendEntry.SAVED || entry == LegendEntry.PAGE_SEAM || onBanks(entry, map),
                    entry + " is listed but no bank shows it");
        }
    }

    private static boolean named(int code, List<LegendEntry> shown, MemoryMap map) {
        for (LegendEntry entry : shown) {
            if (entry.perSlot()) {
                boolean sameKind = BankContent.isReserved(code) == (entry == LegendEntry.RESERVED)
                        && BankContent.isState(code) == (entry == LegendEntry.WINDOW_OR_STATE);
                if (code >= 0 && sameKind && (entry.slots(map) & (1L << BankContent.slotOf(code))) != 0) {
                    return true;
                }
            } else if (entry.code == code) {
                return true;
            }
        }
        return false;
    }

    private static boolean onBanks(LegendEntry entry, MemoryMap map) {
        for (int bank = 0; bank < map.bankCount(); bank++) {
            for (int stripe = 0; stripe < MemoryMap.STRIPES; stripe++) {
                int code = map.content(bank, stripe);
                if (entry.perSlot() ? code >= 0 && code - BankContent.slotOf(code) == entry.code : code == entry.code) {
                    return true;
                }
            }
        }
        return false;
    }
}
