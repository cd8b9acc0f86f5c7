package dev.kvcache.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Numbers and switches are read strictly: digits and a suffix, or one of eight switch words. */
class ParamValuesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "7|7", "'  7 '|7", "4K|4096", "4k|4096", "128K|131072", "129K|129000", "200K|200000", "1M|1000000",
        "2B|2000000000", "1.5M|1500000", "0.5K|500", "1,000,000|1000000", "1_000|1000", "1.0|1", "0|0",
        "99999999999999999999999|9223372036854775807"})
    void tokenCountsInEverySpellingTheLinksUse(String text, long expected) {
        assertEquals(expected, ParamValues.tokens(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12abc", "1e3", "0x10", "-5", "+5", "1.5", "", " ", "K", "4 K", "4KB", "1,,000", ",5",
        "5,", "1.2.3", "NaN", "Infinity", "1.0000000001B", "\u0663", "12 34"})
    void anythingElseIsNotACount(String text) {
        assertNull(ParamValues.tokens(text), text);
    }

    @Test
    void decimalsAreDigitsAndOneDotOnly() {
        assertEquals(0.9, ParamValues.decimal("0.9"));
        assertEquals(0.5, ParamValues.decimal(" .5 "));
        assertEquals(12.0, ParamValues.decimal("12"));
        for (String bad : new String[] {"0x1p-3", "1e-1", "-0.9", "0.9f", "1d", "NaN", "Infinity", "", ".", "1,5"}) {
            assertNull(ParamValues.decimal(bad), bad);
        }
        assertNull(ParamValues.decimal("9".repeat(400)), "beyond a double");
    }

    @Test
    void speedsAreDecimalsWithAnOptionalX() {
        assertEquals(10.0, ParamValues.number("10x"));
        assertEquals(0.5, ParamValues.number("0.5X"));
        assertNull(ParamValues.number("1e3"));
        assertNull(ParamValues.number("x"));
    }

    @ParameterizedTest
    @CsvSource({"true,true", "TRUE,true", "1,true", "on,true", "Yes,true", "' off ',false", "false,false", "0,false",
        "no,false"})
    void theEightSwitchWords(String text, boolean expected) {
        assertEquals(expected, ParamValues.flag(text));
        assertEquals(expected, ParamValues.onOff(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2", "maybe", "n", "y", "undefined", "null", "o n", "truee", "-1"})
    void anythingElseIsNoSwitch(String text) {
        assertNull(ParamValues.flag(text), text);
    }

    @Test
    void anEmptyValueIsOnOnlyForBareSwitches() {
        assertEquals(Boolean.TRUE, ParamValues.onOff(""), "--paused and ?paused");
        assertNull(ParamValues.flag(""), "a setter must say which");
    }
}
