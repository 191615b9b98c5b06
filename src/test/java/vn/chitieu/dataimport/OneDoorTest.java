package vn.chitieu.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.datavalue.EntryRejectedException;
import vn.chitieu.datavalue.EntryService;
import vn.chitieu.datavalue.Period;
import vn.chitieu.indicator.Sector;

/**
 * One door: the same value typed on the entry sheet and written in an import file is refused for the same reasons,
 * or accepted by both.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "canbo", roles = "CAN_BO")
class OneDoorTest {

    @Autowired
    EntryService entries;
    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "({0}) {1} [{2}/{3}]")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # số | kết quả        | nguyên nhân         | giải pháp              | từ chối vì
            11   | abc            | -                   | -                      | không phải con số
            11   | 120%           | -                   | -                      | không thể vượt 100%
            11   | 23.855         | -                   | -                      | có thể là
            11   | <img src=x 14> | -                   | -                      | ký tự lạ
            12   | 97%            | -                   | -                      | nguyên nhân và giải pháp
            12   | 97%            | Thiếu nguồn nước    | -                      | nguyên nhân và giải pháp
            12   | 97%            | Thiếu nguồn nước    | Mở rộng đường ống      | -
            11   | 99,5%          | -                   | -                      | -
            9    | -0,3%          | -                   | -                      | âm
            """)
    void the_entry_sheet_and_the_import_give_the_same_answer(String number, String result, String reason,
                                                            String remedy, String refusedFor) {
        long unit = jdbc.sql("SELECT id FROM org_unit WHERE code = 'tam-ky'").query(Long.class).single();
        long indicator = jdbc.sql("""
                        SELECT i.id FROM indicator i JOIN term t ON t.id = i.term_id
                        WHERE t.code = '2025-2030' AND i.org_unit_id = :unit AND i.number = :number""")
                .param("unit", unit).param("number", number).query(Long.class).single();
        String name = jdbc.sql("SELECT name FROM indicator WHERE id = :id").param("id", indicator)
                .query(String.class).single();
        String sector = Sector.valueOf(jdbc.sql("SELECT sector FROM indicator WHERE id = :id").param("id", indicator)
                .query(String.class).single()).label();

        EntryRejectedException bySheet = catchThrowableOfType(EntryRejectedException.class, () -> entries.saveAll(
                List.of(new EntryService.Entry(indicator, unit, Period.year(2027), false, result, null, reason, remedy,
                        null, 0))));
        ImportPreview byImport = imports.preview(("don_vi,nhiem_ky,linh_vuc,ma,chi_tieu,dvt,muc_tieu,ky,ket_qua,"
                + "nguyen_nhan,giai_phap\nPhường Tam Kỳ,2025-2030," + sector + "," + number + ",\"" + name + "\",,,2027,\""
                + result + "\"," + (reason == null ? "" : reason) + "," + (remedy == null ? "" : remedy) + "\n")
                .getBytes(StandardCharsets.UTF_8), "mot-dong.csv");

        List<String> sheetSays = bySheet == null ? List.of()
                : bySheet.problems().values().stream().flatMap(List::stream).map(OneDoorTest::plain).toList();
        List<String> importSays = byImport.allErrors().stream().map(OneDoorTest::plain).toList();
        assertThat(importSays).as("the import says what the sheet says").isEqualTo(sheetSays);
        if (refusedFor == null) {
            assertThat(sheetSays).isEmpty();
        } else {
            assertThat(sheetSays).anySatisfy(s -> assertThat(s).contains(refusedFor));
        }
    }

    /** The message without the import's "Dòng 2, cột ket_qua: " and with a lower-case start, as the sheet says it. */
    private static String plain(String message) {
        String m = message.replaceFirst("^Dòng \\d+, cột [a-z_]+: ", "");
        return m.isEmpty() ? m : m.substring(0, 1).toLowerCase(Locale.ROOT) + m.substring(1);
    }
}
