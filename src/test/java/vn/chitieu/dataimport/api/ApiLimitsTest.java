package vn.chitieu.dataimport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.chitieu.IntegrationTest;

/**
 * Limits that hold before anything is read: who may upload is checked from the headers, a body is counted while it
 * streams in, a list needs its unit, a preview answer is capped; and two imports racing to create the same indicator
 * leave one indicator and a 409 for the loser.
 */
@IntegrationTest
class ApiLimitsTest {

    static final long FIFTY_MB = 50L * 1024 * 1024;

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":chitieu-demo").getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code size} bytes of CSV-looking text made up as they are sent: the test itself holds none of them. */
    private static InputStream endless(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Sends a streamed body of unknown length (chunked); the answer, or -1 if the server hung up mid-body. */
    private int sendStreamed(String user, long size) throws Exception {
        HttpRequest post = request("/api/v1/import/preview", user).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless(size))).build();
        try {
            HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
            return response.statusCode();
        } catch (IOException hungUp) {
            return -1;
        }
    }

    @Test
    void a_kiosk_sending_50_mb_is_refused_with_403_before_its_body_is_read_and_the_heap_does_not_grow()
            throws Exception {
        sendStreamed("trinhchieu", 1024);
        long before = usedHeapAfterGc();

        int status = sendStreamed("trinhchieu", FIFTY_MB);
        long grown = usedHeapAfterGc() - before;
        System.out.printf("50 MB from a kiosk: answer %d, heap after GC grew by %d kB%n", status, grown / 1024);

        assertThat(status).isIn(403, -1);
        assertThat(grown).as("heap grown by %d kB", grown / 1024).isLessThan(10L * 1024 * 1024);
        // the same refusal, answered in full when the body is small enough to be sent before the answer arrives
        HttpResponse<String> small = http.send(request("/api/v1/import", "trinhchieu")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("a,b\n")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(small.statusCode()).isEqualTo(403);
        assertThat(json.readTree(small.body()).get("error").asString())
                .isEqualTo("Tài khoản này không có quyền thực hiện thao tác");
    }

    @Test
    void staff_sending_50_mb_are_stopped_at_10_mb_while_it_streams_and_the_heap_does_not_grow() throws Exception {
        sendStreamed("canbo", 1024);
        long before = usedHeapAfterGc();

        int status = sendStreamed("canbo", FIFTY_MB);
        long grown = usedHeapAfterGc() - before;
        System.out.printf("50 MB from staff: answer %d, heap after GC grew by %d kB%n", status, grown / 1024);

        assertThat(status).isIn(413, -1);
        assertThat(grown).as("heap grown by %d kB", grown / 1024).isLessThan(10L * 1024 * 1024);
    }

    @Test
    void the_indicator_list_needs_its_unit_and_says_so_in_vietnamese() throws Exception {
        HttpResponse<String> response = http.send(request("/api/v1/indicators?nhiem_ky=2025-2030", "lanhdao")
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("error").asString()).startsWith("Thiếu tham số don_vi");
    }

    @Test
    void a_preview_of_many_rows_lists_the_first_200_in_full_and_counts_the_rest() throws Exception {
        StringBuilder csv = new StringBuilder("don_vi,nhiem_ky,linh_vuc,ma,chi_tieu,dvt,muc_tieu,ky,ket_qua\n");
        for (int i = 0; i < 450; i++) {
            // canbo's own unit and running term: every other row has a bad period, nothing else is wrong
            csv.append("Phường Tam Kỳ,2025-2030,Kinh tế,,Chỉ tiêu thử ").append(i).append(",%,trên 95%,")
                    .append(i % 2 == 0 ? "2026" : "năm ngoái").append(",96%\n");
        }
        HttpResponse<String> response = http.send(request("/api/v1/import/preview", "canbo")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("rows").size()).isEqualTo(200);
        assertThat(body.get("rows").get(1).get("errors").get(0).asString()).startsWith("Dòng 3, cột ky");
        assertThat(body.get("tong_so_dong").asInt()).isEqualTo(450);
        assertThat(body.get("so_dong_loi").asInt()).isEqualTo(225);
        assertThat(body.get("so_dong_khong_liet_ke").asInt()).isEqualTo(250);
        assertThat(body.get("errors").get(0).asString()).startsWith("Còn 125 dòng lỗi");
    }

    /** Phổ Hòa's catalogue as the other tests expect it. */
    private void removeIndicator(String name) {
        String values = "SELECT d.id FROM data_value d JOIN indicator i ON i.id = d.indicator_id WHERE i.name = :name";
        jdbc.sql("DELETE FROM data_value_version WHERE data_value_id IN (" + values + ")").param("name", name).update();
        jdbc.sql("DELETE FROM data_value WHERE id IN (SELECT id FROM (" + values + ") v)").param("name", name).update();
        jdbc.sql("DELETE FROM indicator WHERE name = :name").param("name", name).update();
    }

    @Test
    void two_imports_creating_the_same_indicator_at_once_leave_one_and_answer_409_to_the_loser() throws Exception {
        // two requests released together do not always meet inside the import (a fast machine may finish the first
        // before the second reads): rounds until they do, each checked whoever won
        boolean raced = false;
        for (int round = 0; round < 40 && !raced; round++) {
            String name = "Chỉ tiêu nhập song song " + round + " " + System.nanoTime();
            // Phổ Hòa's closed term: an administrator's correction, with its reason
            String csv = "don_vi,nhiem_ky,linh_vuc,ma,chi_tieu,dvt,muc_tieu,ky,ket_qua,nguyen_nhan\n"
                    + "Phường Phổ Hòa,2020-2025,Kinh tế,,\"" + name + "\",%,trên 95%,2024,96%,Bổ sung theo báo cáo\n";
            CyclicBarrier start = new CyclicBarrier(2);
            List<CompletableFuture<HttpResponse<String>>> both = List.of(1, 2).stream()
                    .map(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            HttpRequest post = request("/api/v1/import", "quantri").header("Content-Type", "text/csv")
                                    .POST(HttpRequest.BodyPublishers.ofString(csv)).build();
                            start.await();
                            return http.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })).toList();
            List<Integer> statuses = both.stream().map(f -> f.join().statusCode()).sorted().toList();

            assertThat(jdbc.sql("SELECT COUNT(*) FROM indicator WHERE name = :name").param("name", name)
                    .query(Long.class).single()).as("one indicator, whoever won").isEqualTo(1);
            assertThat(statuses).isIn(List.of(200, 200), List.of(200, 409));
            removeIndicator(name);
            if (statuses.equals(List.of(200, 409))) {
                raced = true;
                HttpResponse<String> loser = both.stream().map(CompletableFuture::join)
                        .filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
                assertThat(json.readTree(loser.body()).get("error").asString())
                        .startsWith("Một lần nhập khác vừa tạo cùng chỉ tiêu");
            }
        }
        assertThat(raced).as("in forty rounds, the two imports met at least once").isTrue();
    }
}
