package dev.kvcache;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.backends.headless.HeadlessFiles;
import com.badlogic.gdx.backends.headless.mock.graphics.MockGraphics;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.BitmapFont.BitmapFontData;
import com.badlogic.gdx.graphics.glutils.ShaderProgram;
import com.badlogic.gdx.utils.GdxNativesLoader;
import java.lang.reflect.Proxy;

/**
 * Just enough libGDX for tests of fonts and textures without a window: files, graphics that report
 * no display, the natives that decode images, and a GL whose every call does nothing (every buffer,
 * texture and shader gets id 1; shaders never compile).
 */
public final class HeadlessGdx {
    private HeadlessGdx() {
    }

    /** Sets up files, natives and the do-nothing GL once. */
    public static synchronized void start() {
        if (Gdx.files != null && Gdx.gl != null) {
            return;
        }
        GdxNativesLoader.load();
        Gdx.files = new HeadlessFiles();
        Gdx.graphics = new MockGraphics();
        GL20 gl = (GL20) Proxy.newProxyInstance(HeadlessGdx.class.getClassLoader(), new Class<?>[] {GL20.class},
                (proxy, method, args) -> method.getName().startsWith("glGen") || method.getName().startsWith("glCreate")
                        ? Integer.valueOf(1) : defaultValue(method.getReturnType()));
        Gdx.gl = gl;
        Gdx.gl20 = gl;
        ShaderProgram.pedantic = false;
    }

    /** libGDX's own small font (15 px), standing in for a face of the atlas. */
    public static BitmapFontData smallFontData() {
        start();
        return new BitmapFontData(Gdx.files.classpath("com/badlogic/gdx/utils/lsans-15.fnt"), false);
    }

    /** The page libGDX's small font is drawn from, as a texture. */
    public static Texture smallFontPage() {
        start();
        return new Texture(Gdx.files.classpath("com/badlogic/gdx/utils/lsans-15.png"));
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == String.class) {
            return "";
        }
        return null;
    }
}
