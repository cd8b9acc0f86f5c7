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

    private DeviceLook(String name, String memoryType, int moduleCount, String moduleNoun, boolean sram,
            String dieNote) {
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
    }

    public static DeviceLook of(DeviceSpec device) {
        String noun = nounFor(device.moduleKind());
        if (device.moduleKind() != ModuleKind.SRAM) {
            return new DeviceLook(device.name(), device.memoryType(), device.moduleCount(), noun, false, "");
        }
        StringBuilder note = Quantities.grouped(new StringBuilder(48), device.moduleCount()).append(' ').append(noun);
        if (device.moduleCount() != 1) {
            note.append('s');
        }
        note.append(device.unit() == DeviceUnit.WAFER ? " on one wafer" : " on one chip");
        return new DeviceLook(device.name(), device.memoryType(),
                Math.min(device.moduleCount(), SRAM_MODULES_DRAWN), noun, true, note.toString());
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
