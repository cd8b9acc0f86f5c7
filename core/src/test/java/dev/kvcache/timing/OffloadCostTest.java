package dev.kvcache.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reload against recompute, worked by hand: a token's KV over the link against 2 x active params at the achieved FLOP/s. */
class OffloadCostTest {
    @Test
    void reloadWinsWhenTheLinkMovesATokensKvFasterThanTheGpuRecomputesIt() {
        // Llama-3.1-70B at BF16: 80 layers x 8 KV heads x 128 x 2 (K, V) x 2 B = 327,680 B a token;
        // 70e9 active parameters; 1,000 TFLOPS at 0.5 achieved = 500e12 FLOP/s; PCIe 5.0 x16: 64 GB/s one way.
        OffloadCost pcie5 = new OffloadCost(327_680, 2 * 70e9, 64e9, 500e12, 1);
        // Reload: 327,680 / 64e9 = 5.12 us a token. Recompute: 140e9 / 500e12 = 280 us a token.
        assertEquals(5.12e-6, pcie5.reloadSeconds(1), 1e-15);
        assertEquals(2.8e-4, pcie5.recomputeSeconds(1), 1e-15);
        // A returning request of 17,408 tokens: 89.1 ms to reload, 4.87 s to recompute.
        assertEquals(0.08912896, pcie5.reloadSeconds(17_408), 1e-12);
        assertEquals(4.87424, pcie5.recomputeSeconds(17_408), 1e-9);
        assertTrue(pcie5.reloadWins());
        assertEquals(54.6875, pcie5.reloadAdvantage(), 1e-9);
        // Four GPUs: each reloads and recomputes a quarter, so both fall 4x and the verdict stands.
        OffloadCost four = new OffloadCost(327_680, 2 * 70e9, 64e9, 500e12, 4);
        assertEquals(1.28e-6, four.reloadSeconds(1), 1e-15);
        assertEquals(7e-5, four.recomputeSeconds(1), 1e-15);
    }

    @Test
    void recomputeWinsForASmallModelWithALargeCacheOverNvme() {
        // 1e9 parameters, full multi-head KV of 262,144 B a token, an NVMe SSD at 7.45 GB/s:
        // reload 262,144 / 7.45e9 = 35.2 us a token, recompute 2e9 / 500e12 = 4 us.
        OffloadCost nvme = new OffloadCost(262_144, 2e9, 7.45e9, 500e12, 1);
        assertEquals(3.51871e-5, nvme.reloadSeconds(1), 1e-10);
        assertEquals(4e-6, nvme.recomputeSeconds(1), 1e-15);
        assertFalse(nvme.reloadWins());
    }

    @Test
    void unknownFiguresGiveNoVerdict() {
        OffloadCost noLink = new OffloadCost(327_680, 2 * 70e9, 0, 500e12, 1);
        assertTrue(Double.isNaN(noLink.reloadSeconds(1)));
        assertFalse(noLink.reloadWins());
        OffloadCost noPeak = new OffloadCost(327_680, 2 * 70e9, 64e9, 0, 1);
        assertTrue(Double.isNaN(noPeak.recomputeSeconds(1)));
        assertFalse(noPeak.reloadWins());
    }
}
