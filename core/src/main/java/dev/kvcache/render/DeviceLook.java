package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.DeviceUnit;
import dev.kvcache.catalog.ModuleKind;
import dev.kvcache.units.Quantities;

/**
 * What the scene needs to know to draw a device: its name, memory type, how many modules to draw,
 * and its colour scheme. GPUs are steel-blue dies beside separate memory; on-chip SRAM accelerators
 * (Groq, Cerebras, Graphcore) are one warm copper die whose regions are drawn as at most
 * {@link #SRAM_MODULES_DRAWN} blocks, with the real count named on the die.
 */
public final class DeviceLook {
    /** SRAM regions drawn: 88 or 1,472 slices would be slivers too thin to hold a bank. */
    public static final int SRAM_MODULES_DRAWN = 8;

    public final String name;
    public final String memoryType;
    /** Modules the scene draws. */
    public final int moduleCount;
    /** Singular noun for one module: "HBM stack", "GDDR chip", "SRAM region", "unified memory". */
    public final String moduleNoun;
    public final Color dieDark;
    public final Color dieLight;
    public final Color dieEdge;
    public final Color moduleBody;
    public final Color moduleEdge;
    /** A second line on the die ("84 SRAM regions on one wafer"), or empty. */
    public final String dieNote;
    /** Share of the die's core drawn as on-chip cache or SRAM, from the catalogue's size (0 if not listed). */
    public final float onChipShare;
    /** What the on-chip region says: "L2 cache 50 MB", or that the catalogue lists no size. */
    public final String onChipLabel;
    /** The modules' lit top edge and the die's glow: the scheme's edge colour, lighter. */
    public final Color moduleLit;
    public final Color dieGlow;

    private DeviceLook(DeviceSpec device, int moduleCount, String moduleNoun, boolean sram, String dieNote) {
        String name = device.name();
        String memoryType = device.memoryType();
        this.name = name;
        this.memoryType = memoryType;
        this.moduleCount = Math.max(1, moduleCount);
        this.moduleNoun = moduleNoun;
        this.dieDark = sram ? Palette.SRAM_DIE_DARK : Palette.DIE_DARK;
        this.dieLight = sram ? Palette.SRAM_DIE_LIGHT : Palette.DIE_LIGHT;
        this.dieEdge = sram ? Palette.SRAM_DIE_EDGE : Palette.DIE_EDGE;
        this.moduleBody = sram ? Palette.SRAM_MODULE_BODY : Palette.MODULE_BODY;
        this.moduleEdge = sram ? Palette.SRAM_MODULE_EDGE : Palette.MODULE_EDGE;
        this.dieNote = dieNote;
        this.onChipShare = OnChipRegion.share(device.onChipMB());
        this.onChipLabel = OnChipRegion.label(device.onChipKind(), device.onChipMB());
        this.moduleLit = new Color(moduleEdge).lerp(Color.WHITE, 0.45f);
        this.dieGlow = new Color(dieEdge).lerp(Palette.ACCENT, sram ? 0f : 0.5f);
    }

    public static DeviceLook of(DeviceSpec device) {
        String noun = nounFor(device.moduleKind());
        if (device.moduleKind() != ModuleKind.SRAM) {
            return new DeviceLook(device, device.moduleCount(), noun, false, "");
        }
        StringBuilder note = Quantities.grouped(new StringBuilder(48), device.moduleCount()).append(' ').append(noun);
        if (device.moduleCount() != 1) {
            note.append('s');
        }
        note.append(device.unit() == DeviceUnit.WAFER ? " on one wafer" : " on one chip");
        return new DeviceLook(device, Math.min(device.moduleCount(), SRAM_MODULES_DRAWN), noun, true,
                note.toString());
    }

    static String nounFor(ModuleKind kind) {
        switch (kind) {
            case HBM:
                return "HBM stack";
            case GDDR:
                return "GDDR chip";
            case SRAM:
                return "SRAM region";
            default:
                return "unified memory pool";
        }
    }
}
