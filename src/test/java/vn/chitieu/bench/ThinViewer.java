package vn.chitieu.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * One open dashboard without a browser: it speaks Vaadin 25's protocol as the browser's client does, and does not
 * render. The server sees what it sees from a browser for a live update: its own HTTP and Vaadin session (its own
 * cookies, its own connections), the same bootstrap, init and navigation requests, its own push WebSocket with the
 * browser's parameters, and heartbeats at the UI's interval. Copied from Chromium's DevTools log of
 * {@code /?nhiem-ky=2025-2030&don-vi=qg-1701} in production mode (Vaadin 25, Atmosphere 4.0.1):
 * <ol>
 * <li>{@code GET /login}, CSRF token from {@code <meta name="_csrf">}, {@code POST /login} as the form does;
 * <li>{@code GET <address>}: the bootstrap page;
 * <li>{@code GET /?v-r=init&location=&query=…&v-sh=…}: the UI's id, heartbeat interval and first UIDL, which carries
 * {@code Vaadin-Security-Key} (the CSRF token of UIDL requests) and {@code Vaadin-Push-ID};
 * <li>the push WebSocket {@code /VAADIN/push?v-r=push&v-uiId=…&v-pushId=…&X-Atmosphere-…} (below);
 * <li>{@code POST /?v-r=uidl&v-uiId=…} with the {@code ui-navigate} event: the server builds the dashboard and answers
 * with it;
 * <li>{@code POST /?v-r=heartbeat&v-uiId=…} every heartbeat interval, no body.
 * </ol>
 * Not sent: what the browser sends once the page is drawn (a second UIDL request syncing properties of the drawn
 * web components: the unit combo box's {@code opened}/{@code filter}); the client sends nothing over the WebSocket
 * ({@code alwaysXhrToServer}).
 * <p>
 * Atmosphere's framing with {@code X-Atmosphere-TrackMessageSize=true}: each message is {@code length|text}, several
 * may share a frame and one may span frames; the first is the handshake {@code <uuid>|<heartbeat>|X|}. Each UIDL
 * message received is kept; the first one containing the {@linkplain #expect expected text} is stamped with this
 * JVM's wall clock on arrival.
 */
final class ThinViewer implements AutoCloseable {

    /** What Chromium sent; the server reads it only into the UI's browser details. */
    private static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "HeadlessChrome/156.0.0.0 Safari/537.36";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http;
    private final String base;
    private final CopyOnWriteArrayList<String> messages = new CopyOnWriteArrayList<>();
    private volatile String expected = "\u0000";
    /** When a message with the expected text arrived, ms of the wall clock; 0: none yet. */
    private volatile long arrived;
    private final AtomicInteger failedHeartbeats = new AtomicInteger();
    private int uiId;
    private WebSocket socket;
    private ScheduledFuture<?> heartbeats;

    private ThinViewer(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    }

    /**
     * Signs in as {@code user}, opens {@code address} (a path with its query) and keeps it open: push connected,
     * heartbeats scheduled on {@code timer}. Fails if the dashboard did not come.
     */
    static ThinViewer open(String base, String user, String address, ScheduledExecutorService timer) {
        ThinViewer viewer = new ThinViewer(base);
        try {
            viewer.signIn(user);
            viewer.openDashboard(address, timer);
            return viewer;
        } catch (IOException e) {
            viewer.close();
            throw new IllegalStateException(user + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            viewer.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            viewer.close();
            throw e;
        }
    }

    private void signIn(String user) throws IOException, InterruptedException {
        Matcher csrf = FanOut.CSRF.matcher(get("/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("Trang đăng nhập không có mã CSRF");
        }
        String form = Map.of("username", user, "password", FanOut.PASSWORD, "_csrf", csrf.group(1)).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> login = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String to = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || to.contains("error")) {
            throw new IllegalStateException(user + " không đăng nhập được: " + login.statusCode() + " " + to);
        }
    }

    private void openDashboard(String address, ScheduledExecutorService timer)
            throws IOException, InterruptedException {
        get(address);
        URI page = URI.create(base + address);
        String path = page.getPath();
        String query = page.getRawQuery() == null ? "" : page.getQuery();
        // the client's own parameters, as Chromium sent them for a 1280×900 window (v-wn: a window name it makes up)
        JsonObject init = JsonParser.parseString(get("/?v-r=init&location=" + encode(path.substring(1)) + "&query="
                + encode(query) + "&v-sh=600&v-sw=800&v-wh=757&v-ww=1280&v-bh=757&v-bw=1280&v-curdate="
                + System.currentTimeMillis() + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-"
                + Math.random() + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=").body()).getAsJsonObject()
                .getAsJsonObject("appConfig");
        uiId = init.get("v-uiId").getAsInt();
        int heartbeat = init.get("heartbeatInterval").getAsInt();
        JsonObject uidl = init.getAsJsonObject("uidl");
        String securityKey = uidl.get("Vaadin-Security-Key").getAsString();
        String pushId = uidl.get("Vaadin-Push-ID").getAsString();
        int syncId = uidl.get("syncId").getAsInt();

        socket = http.newWebSocketBuilder().header("Origin", base).header("User-Agent", USER_AGENT)
                .connectTimeout(TIMEOUT)
                .buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId
                        + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
                        + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                        + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                        + "&X-Vaadin-LastSeenServerSyncId=" + syncId), new Frames())
                .join();

        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"%s","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":%d,"clientId":0}"""
                .formatted(securityKey, path, query.replace("\"", "\\\""), syncId);
        HttpResponse<String> dashboard = send(request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)));
        if (dashboard.statusCode() != 200 || !dashboard.body().contains("chitieu-sector-lines")) {
            throw new IllegalStateException("Không mở được trang tổng quan: " + dashboard.statusCode() + " "
                    + dashboard.body().substring(0, Math.min(300, dashboard.body().length())));
        }
        heartbeats = timer.scheduleAtFixedRate(this::heartbeat, heartbeat, heartbeat, TimeUnit.SECONDS);
    }

    /** As the client does; it sends the header {@code Content-type: null}, copied. */
    private void heartbeat() {
        http.sendAsync(request("/?v-r=heartbeat&v-uiId=" + uiId).header("Content-type", "null")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, failure) -> {
                    if (failure != null || response.statusCode() != 200) {
                        failedHeartbeats.incrementAndGet();
                    }
                });
    }

    /** Heartbeats that failed or were refused so far. */
    int failedHeartbeats() {
        return failedHeartbeats.get();
    }

    /** From now on, notes when a message containing {@code text} arrives, and keeps only the messages from now on. */
    void expect(String text) {
        expected = text;
        arrived = 0;
        messages.clear();
    }

    /** When the message carrying the expected text arrived, ms of the wall clock; -1: none did. */
    long arrivedAt() {
        return arrived == 0 ? -1 : arrived;
    }

    /** The UIDL messages pushed to this viewer since {@link #expect}. */
    List<String> messages() {
        return List.copyOf(messages);
    }

    /** Goes away as a browser that lost its network does: the connection closed, no goodbye, no more heartbeats. */
    @Override
    public void close() {
        if (heartbeats != null) {
            heartbeats.cancel(false);
        }
        if (socket != null) {
            socket.abort();
        }
        http.close();
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(pathAndQuery).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + pathAndQuery + ": " + response.statusCode());
        }
        return response;
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(TIMEOUT).header("User-Agent", USER_AGENT);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Atmosphere's {@code length|message} framing over the WebSocket's text frames. */
    private final class Frames implements WebSocket.Listener {

        private final StringBuilder pending = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.currentTimeMillis();
            pending.append(data);
            while (true) {
                int bar = pending.indexOf("|");
                if (bar < 0) {
                    break;
                }
                int length = Integer.parseInt(pending.substring(0, bar).trim());
                if (pending.length() < bar + 1 + length) {
                    break;
                }
                String message = pending.substring(bar + 1, bar + 1 + length);
                pending.delete(0, bar + 1 + length);
                received(message, now);
            }
            webSocket.request(1);
            return null;
        }

        private void received(String message, long at) {
            // the handshake (<uuid>|<heartbeat>|X|) and Atmosphere's heartbeat padding are not UIDL
            if (!message.startsWith("{")) {
                return;
            }
            messages.add(message);
            if (arrived == 0 && message.contains(expected)) {
                arrived = at;
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            return CompletableFuture.completedFuture(null);
        }
    }
}
