package dev.kvcache.desktop.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;

/**
 * One build of the app (a jar, or this process's class path) in a class loader of its own, with
 * {@link PairedLoop} defined in it from this build's bytes: an older build need not have it, and
 * defined by the same loader as the build's bench classes it may call their package-private parts.
 */
final class BuildLoader extends URLClassLoader {
    private static final String LOOP = PairedLoop.class.getName();
    private final byte[] loopBytes;

    BuildLoader(URL[] build) throws IOException {
        super(build, ClassLoader.getPlatformClassLoader());
        this.loopBytes = bytesOf(LOOP);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (LOOP.equals(name)) {
            return defineClass(name, loopBytes, 0, loopBytes.length);
        }
        return super.findClass(name);
    }

    private static byte[] bytesOf(String className) throws IOException {
        String resource = "/" + className.replace('.', '/') + ".class";
        try (InputStream in = BuildLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource + " in this build");
            }
            return in.readAllBytes();
        }
    }
}
