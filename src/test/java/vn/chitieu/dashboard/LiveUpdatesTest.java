package vn.chitieu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chitieu.IntegrationTest;
import vn.chitieu.datavalue.DataValue;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.datavalue.FiguresChanged;
import vn.chitieu.datavalue.Period;

/** Open screens hear of a committed figure, on a thread of their own, and never of one rolled back. */
@IntegrationTest
@WithMockUser(username = "canbo", roles = "CAN_BO")
class LiveUpdatesTest {

    @Autowired
    LiveUpdates live;
    @Autowired
    DataValueService values;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_committed_figure_reaches_the_listeners_and_a_rolled_back_one_does_not() throws InterruptedException {
        // its own unit and indicator, removed afterwards: other tests' screens and figures stay as they were
        long unit = jdbc.sql("INSERT INTO org_unit (code, name, kind) VALUES ('thu-nghiem-truc-tiep', "
                + "'Phường thử cập nhật trực tiếp', 'PHUONG') RETURNING id").query(Long.class).single();
        vn.chitieu.TestAccounts.assign(jdbc, unit, "canbo");
        long term = jdbc.sql("SELECT id FROM term WHERE code = '2025-2030'").query(Long.class).single();
        long indicator = jdbc.sql("""
                        INSERT INTO indicator (term_id, sector, org_unit_id, name, unit, target_text)
                        VALUES (?, 'KINH_TE', ?, 'Tỷ lệ thử cập nhật trực tiếp', '%', 'trên 90%') RETURNING id""")
                .params(term, unit).query(Long.class).single();
        List<FiguresChanged> heard = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch committed = new CountDownLatch(1);
        Runnable unregister = live.register(change -> {
            if (change.orgUnitId() == unit) {
                heard.add(change);
                threads.add(Thread.currentThread().getName());
                committed.countDown();
            }
        });
        try {
            transactions.executeWithoutResult(status -> {
                values.save(DataValue.draft(indicator, unit, Period.year(2026), false, "91%", null, null, null));
                status.setRollbackOnly();
            });
            transactions.executeWithoutResult(status ->
                    values.save(DataValue.draft(indicator, unit, Period.year(2027), false, "92%", null, null, null)));

            assertThat(committed.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200);
            assertThat(heard).containsExactly(new FiguresChanged(unit, indicator));
            assertThat(threads).containsExactly("cap-nhat-truc-tiep");
        } finally {
            unregister.run();
            // leave the running term's catalogue as the other tests know it (the audit log keeps its lines)
            jdbc.sql("DELETE FROM data_value_version WHERE data_value_id IN "
                    + "(SELECT id FROM data_value WHERE org_unit_id = ?)").param(unit).update();
            jdbc.sql("DELETE FROM data_value WHERE org_unit_id = ?").param(unit).update();
            jdbc.sql("DELETE FROM indicator WHERE id = ?").param(indicator).update();
            jdbc.sql("DELETE FROM app_user_unit WHERE org_unit_id = ?").param(unit).update();
            jdbc.sql("DELETE FROM org_unit WHERE id = ?").param(unit).update();
        }
    }

    @Test
    void a_screen_that_says_it_is_gone_is_dropped_once_and_hears_nothing_more() throws InterruptedException {
        List<String> dropped = new CopyOnWriteArrayList<>();
        List<FiguresChanged> heardByGone = new CopyOnWriteArrayList<>();
        CountDownLatch heardByOpen = new CountDownLatch(1);
        var gone = new Screen("đã đóng", true, dropped, heardByGone::add);
        var open = new Screen("đang mở", false, dropped, change -> heardByOpen.countDown());
        Runnable offGone = live.register(gone);
        Runnable offOpen = live.register(open);
        try {
            live.dropGone();
            live.dropGone();
            assertThat(dropped).containsExactly("đã đóng");

            live.figuresChanged(new FiguresChanged(-1, -1));
            assertThat(heardByOpen.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200);
            assertThat(heardByGone).isEmpty();
        } finally {
            offGone.run();
            offOpen.run();
        }
    }

    private record Screen(String name, boolean gone, List<String> dropped,
                          java.util.function.Consumer<FiguresChanged> heard) implements LiveUpdates.Screen {

        @Override
        public void accept(FiguresChanged change) {
            heard.accept(change);
        }

        @Override
        public void drop() {
            dropped.add(name);
        }
    }
}
