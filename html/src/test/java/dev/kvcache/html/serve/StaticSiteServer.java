package dev.kvcache.html.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves the compiled web build from a folder on 127.0.0.1 (JDK 17 has no jwebserver). Used by the
 * browser end-to-end tests and by {@code ./mvnw -Pserve -pl html -am package}.
 */
public final class StaticSiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "application/javascript", "png", "image/png",
            "gif", "image/gif", "json", "application/json", "txt", "text/plain; charset=utf-8",
            "fnt", "text/plain; charset=utf-8", "css", "text/css", "wasm", "application/wasm");

    private final HttpServer server;
    private final Path root;

    public StaticSiteServer(File folder, int port) throws IOException {
        root = folder.toPath().toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            byte[] body = ("not found: " + path).getBytes();
            exchange.sendResponseHeaders(404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            return;
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        byte[] body = Files.readAllBytes(file);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    /** {@code StaticSiteServer <folder> <port>}: serves until the process is stopped. */
    public static void main(String[] args) throws IOException {
        File folder = new File(args.length > 0 ? args[0] : "html/target/kvcache-web");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
        if (!new File(folder, "index.html").isFile()) {
            System.err.println("no web build in " + folder + ": run ./mvnw -pl html -am package first");
            System.exit(2);
        }
        StaticSiteServer server = new StaticSiteServer(folder, port);
        System.out.println("Serving " + folder + " at " + server.url() + " (Ctrl+C stops)");
    }
}
