package dev.kvcache.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.HostLink;
import dev.kvcache.sim.Offload;
import dev.kvcache.sim.OffloadLink;
import dev.kvcache.sim.SimSettings;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The offload and offloadLink link parameters: read, written back only when on, bad values refused; each device's own link. */
class OffloadParamsTest {
    private final ScenarioParams params = new ScenarioParams(TestCatalog.get());
    private final ScenarioResolver resolver = new ScenarioResolver(TestCatalog.get());
    private final SimSettings defaults = StartupScenario.defaults(TestCatalog.get());

    private ScenarioRequest parse(String query, SimSettings base) {
        return params.parse(QueryString.parse(query), base);
    }

    @Test
    void offloadRoundTripsAndOffLeavesTheLinkAsItWas() {
        ScenarioRequest r = parse("offload=64&offloadLink=pcie5", defaults);
        assertEquals(Collections.emptyList(), r.notices());
        assertEquals(Offload.of(64, OffloadLink.PCIE5), r.settings().offload());
        String link = ScenarioParams.format(r.settings(), 0, false);
        assertEquals(Offload.of(64, OffloadLink.PCIE5), parse(link, defaults).settings().offload());
        assertEquals(Offload.of(0, OffloadLink.PCIE5), parse("offload=off", r.settings()).settings().offload());
        assertFalse(ScenarioParams.format(defaults, 0, false).contains("offload"));
        // The command line's spelling reads the same: --offload-link is offloadLink.
        assertEquals("offloadLink", ScenarioParams.canonical("offload-link"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "offload=lots|offload 'lots' is not understood; kept 8",
        "offload=99999|offload '99999' refused (offload must be between 0 and 65,536, got 99999); kept 8",
        "offloadLink=usb|offloadLink 'usb' refused (offloadLink takes auto, pcie4, pcie5, c2c, nvme); kept c2c"})
    void badValuesKeepTheOffloadAndSayWhich(String query, String notice) {
        SimSettings base = defaults.toBuilder().offload(Offload.of(8, OffloadLink.C2C)).build();
        ScenarioRequest r = parse(query, base);
        assertEquals(Collections.singletonList(notice), r.notices());
        assertEquals(Offload.of(8, OffloadLink.C2C), r.settings().offload());
    }

    @ParameterizedTest
    @CsvSource({"h100,pcie5,64", "h200,pcie5,64", "b200,pcie5,64", "a100-80g,pcie4,32", "gb200,c2c,450", "t4,pcie4,32"})
    void autoTakesTheDevicesOwnHostLink(String device, String link, double gbps) {
        SimSettings s = parse("gpu=" + device + "&offload=64", defaults).settings();
        HostLink resolved = resolver.hostLink(s);
        assertEquals(link, resolved.id());
        assertEquals(gbps, resolved.gbpsPerDirection(), 0.0);
        assertEquals("nvme", resolver.hostLink(parse("offloadLink=nvme", s).settings()).id());
    }
}
