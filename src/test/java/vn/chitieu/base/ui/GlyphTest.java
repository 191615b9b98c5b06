package vn.chitieu.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Menu;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.evaluation.TermRollup.Outlook;
import vn.chitieu.evaluation.Verdict;

/** The icons drawn by CSS: every one the application names is in glyphs.css, and a missing one is refused. */
class GlyphTest {

    @Test
    void every_verdict_and_outlook_has_its_icon_drawn() {
        List<String> badges = new java.util.ArrayList<>();
        Arrays.stream(Verdict.values()).forEach(v -> badges.add(Glyph.name(VerdictBadge.icon(v))));
        Arrays.stream(Outlook.values()).forEach(o -> badges.add(Glyph.name(VerdictBadge.icon(o))));

        assertThat(badges).containsExactly("check-circle", "close-circle", "question-circle", "arrow-up", "warning",
                "hourglass");
        assertThat(Glyph.DRAWN).containsAll(badges);
    }

    @Test
    void every_menu_entry_has_its_icon_drawn() {
        List<String> icons = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.chitieu").stream().filter(c -> c.isAnnotatedWith(Menu.class))
                .map(c -> c.getAnnotationOfType(Menu.class).icon()).filter(icon -> !icon.isEmpty()).toList();

        assertThat(icons).hasSizeGreaterThan(10).allSatisfy(icon -> assertThat(new Glyph(icon).icon())
                .isEqualTo(icon.substring("vaadin:".length())));
    }

    @Test
    void an_icon_the_stylesheet_does_not_draw_is_refused() {
        assertThatThrownBy(() -> new Glyph("vaadin:abacus")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tools/glyphs.mjs");
    }

    @Test
    void a_glyph_is_a_hidden_decoration_on_a_plain_element() {
        Glyph lock = new Glyph("lock");

        assertThat(lock.getElement().getTag()).isEqualTo("span");
        assertThat(lock.getClassNames()).containsExactly("glyph");
        assertThat(lock.getElement().getAttribute("aria-hidden")).isEqualTo("true");
    }
}
