package dev.kvcache.html.serve;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the compiled web build from a folder on 127.0.0.1 (JDK 17 has no jwebserver). Used by the
 * browser end-to-end tests and by {@code ./mvnw -Pserve -pl html -am package}.
 *
 * <p>A small HTTP/1.1 server of its own rather than the JDK's {@code HttpServer}, which answers
 * 400 Bad Request to any link whose query holds a malformed escape ({@code ?batch=%zz}) before a
 * handler sees it: the page must get such links and report them itself, as any web server lets it.
 * The query is never decoded here; only the path is, strictly, to find the file.
 */
public final class StaticSiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "application/javascript"),
            Map.entry("png", "image/png"), Map.entry("gif", "image/gif"), Map.entry("json", "application/json"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("fnt", "text/plain; charset=utf-8"),
            Map.entry("css", "text/css"), Map.entry("wasm", "application/wasm"), Map.entry("svg", "image/svg+xml"),
            Map.entry("webmanifest", "application/manifest+json"), Map.entry("ico", "image/x-icon"));
    /** Longest request head read (request line and headers), bytes. */
    private static final int MAX_HEAD = 64 * 1024;

    private final ServerSocket socket;
    private final Path root;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final Thread acceptor;

    public StaticSiteServer(File folder, int port) throws IOException {
        root = folder.toPath().toAbsolutePath().normalize();
        socket = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
        acceptor = new Thread(this::accept, "static-site-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                workers.execute(() -> serve(client));
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                System.err.println("static site server: " + e.getMessage());
            }
        }
    }

    private void serve(Socket client) {
        try (Socket c = client; InputStream in = c.getInputStream();
                OutputStream out = new BufferedOutputStream(c.getOutputStream())) {
            String head = readHead(in);
            String[] requestLine = head.split("\r\n", 2)[0].split(" ");
            if (requestLine.length < 2 || !(requestLine[0].equals("GET") || requestLine[0].equals("HEAD"))) {
                respond(out, 405, "text/plain", "only GET and HEAD".getBytes(StandardCharsets.UTF_8), true);
                return;
            }
            String target = requestLine[1];
            int query = target.indexOf('?');
            String path = decodePath(query < 0 ? target : target.substring(0, query));
            Path file = path == null ? null : root.resolve(path.substring(1)).normalize();
            if (file != null && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            boolean withBody = !requestLine[0].equals("HEAD");
            if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
                respond(out, 404, "text/plain", ("not found: " + target).getBytes(StandardCharsets.UTF_8), withBody);
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            respond(out, 200, TYPES.getOrDefault(extension, "application/octet-stream"), Files.readAllBytes(file), withBody);
        } catch (IOException e) {
            // The browser closed the connection: nothing to answer.
        }
    }

    /** The request line and headers, up to the blank line. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (head.size() < MAX_HEAD) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == end.length) {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** The path with its %-escapes decoded as UTF-8; null when an escape is malformed (then: 404). */
    static String decodePath(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        String path = bytes.toString(StandardCharsets.UTF_8);
        return path.startsWith("/") ? path : null;
    }

    private static void respond(OutputStream out, int status, String type, byte[] body, boolean withBody)
            throws IOException {
        String reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Method Not Allowed";
        String head = "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                + body.length + "\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        if (withBody) {
            out.write(body);
        }
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
        workers.shutdownNow();
    }

    /** {@code StaticSiteServer <folder> <port>}: serves until the process is stopped. */
    public static void main(String[] args) throws IOException, InterruptedException {
        File folder = new File(args.length > 0 ? args[0] : "html/target/kvcache-web");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
        if (!new File(folder, "index.html").isFile()) {
            System.err.println("no web build in " + folder + ": run ./mvnw -pl html -am package first");
            System.exit(2);
        }
        StaticSiteServer server = new StaticSiteServer(folder, port);
        System.out.println("Serving " + folder + " at " + server.url() + " (Ctrl+C stops)");
        server.acceptor.join();
    }
}
