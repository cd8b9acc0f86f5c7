package dev.kvcache.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cluster appears by itself when the GPUs grow past one, the die when they fall to one; V switches between. */
class SceneChoiceTest {
    @Test
    void theClusterAppearsWhenTheCountGrowsPastOneAndTheKeySwitches() {
        SceneChoice choice = new SceneChoice();
        choice.follow(1);
        assertEquals(SceneChoice.Scene.DIE, choice.shown());
        choice.follow(2);
        assertEquals(SceneChoice.Scene.CLUSTER, choice.shown());
        assertEquals("cluster", choice.word());
        assertTrue(choice.toggle().startsWith("die view"));
        choice.follow(4);
        assertEquals(SceneChoice.Scene.DIE, choice.shown(), "a count still past one keeps the user's choice");
        assertTrue(choice.toggle().startsWith("cluster view"));
        choice.follow(1);
        assertEquals(SceneChoice.Scene.DIE, choice.shown(), "back to one GPU: the die");
        choice.toggle();
        assertEquals(SceneChoice.Scene.CLUSTER, choice.shown(), "one GPU's cluster on request");
    }
}
