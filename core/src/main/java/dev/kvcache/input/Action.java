package dev.kvcache.input;

/** Everything a key, click or gesture can ask the app to do. */
public enum Action {
    PLAY_PAUSE("Play / pause");

    /** What the help overlay says this action does. */
    public final String description;

    Action(String description) {
        this.description = description;
    }
}
