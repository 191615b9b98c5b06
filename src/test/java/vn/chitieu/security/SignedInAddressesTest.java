package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import vn.chitieu.IntegrationTest;

/**
 * Addresses that are not screens, over real HTTP with a signed-in browser session: the import sample downloads, and
 * a mistyped address reaches the application (whose router shows the Vietnamese 404 page) instead of an empty 403
 * that a browser saves as a file.
 */
@IntegrationTest
class SignedInAddressesTest {

    @Value("${local.server.port}")
    int port;

    private WebSession signedIn(String username) throws Exception {
        var web = new WebSession(port);
        assertThat(web.signIn(username, "chitieu-demo").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return web;
    }

    @Test
    void staff_download_the_import_sample() throws Exception {
        HttpResponse<String> sample = signedIn("canbo").get("/mau-nhap-lieu.csv");

        assertThat(sample.statusCode()).isEqualTo(200);
        assertThat(sample.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(sample.body()).startsWith("don_vi,nhiem_ky,linh_vuc");
    }

    @Test
    void someone_not_signed_in_is_sent_to_the_login_view_for_the_sample() throws Exception {
        HttpResponse<String> sample = new WebSession(port).get("/mau-nhap-lieu.csv");

        assertThat(sample.statusCode()).isEqualTo(302);
        assertThat(sample.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void an_unknown_address_gets_the_application_page_never_an_empty_answer_to_download() throws Exception {
        WebSession web = signedIn("lanhdao");
        for (String path : new String[] {"/abc", "/abc.txt", "/khong/co/trang.json"}) {
            HttpResponse<String> page = web.get(path);

            assertThat(page.statusCode()).as(path).isIn(200, 404);
            assertThat(page.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(page.headers().firstValue("Content-Disposition")).as(path).isEmpty();
            assertThat(page.body()).as(path).contains("<html lang=\"vi\"");
        }
    }

    @Test
    void an_unknown_api_address_answers_json_in_vietnamese() throws Exception {
        var web = new WebSession(port);
        HttpResponse<String> answer = web.send(web.request("/api/khong-co")
                .header("Authorization", WebSession.basic("lanhdao", "chitieu-demo")).GET());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(answer.body()).contains("Không có địa chỉ API này");
    }
}
