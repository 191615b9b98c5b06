package vn.chitieu.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnitPickerTest {

    private final UnitPicker<String> picker = new UnitPicker<>(name -> name);
    /** The layout the picker stands in, as a screen's row of fields. */
    private final Div row = new Div();

    @BeforeEach
    void a_person_with_two_units() {
        picker.show((search, offset, limit) -> List.of("Phường An Mỹ", "Phường An Xuân"), search -> 2);
        row.add(picker);
    }

    @Test
    void a_unit_offered_after_none_is_asked_for_on_the_button_though_the_value_never_changed() {
        picker.chooseNone();
        picker.offer();

        assertThat(picker.getParent()).isEmpty();
        assertThat(picker.fixed().getParent()).contains(row);
        assertThat(picker.facade().isVisible()).isTrue();
        assertThat(picker.facadeText()).isEqualTo("Chọn đơn vị");
        assertThat(picker.facade().getClassNames()).contains("empty");
        assertThat(picker.isReadOnly()).isFalse();
    }

    @Test
    void the_button_gives_its_place_to_the_open_combo_box_which_stays_for_the_next_unit() {
        picker.choose("Phường An Mỹ", true);
        assertThat(picker.fixed().getParent()).contains(row);
        assertThat(picker.facadeText()).isEqualTo("Phường An Mỹ");
        assertThat(picker.facade().getClassNames()).doesNotContain("empty");

        picker.open();
        assertThat(picker.getParent()).contains(row);
        assertThat(picker.fixed().getParent()).isEmpty();
        assertThat(picker.isOpened()).isTrue();

        picker.choose("Phường An Xuân", true);
        assertThat(picker.getParent()).as("asked for once, the combo box stays").contains(row);
        assertThat(picker.getValue()).isEqualTo("Phường An Xuân");
    }

    @Test
    void with_one_unit_left_the_plain_name_takes_the_place_of_either() {
        picker.choose("Phường An Mỹ", true);
        picker.open();

        picker.choose("Phường An Xuân", false);

        assertThat(picker.getParent()).isEmpty();
        assertThat(picker.fixed().getParent()).contains(row);
        assertThat(picker.facade().isVisible()).isFalse();
        assertThat(picker.isReadOnly()).isTrue();
        assertThat(picker.fixed().getElement().getChild(0).getChild(1).getText()).isEqualTo("Phường An Xuân");
    }

    @Test
    void the_label_and_width_given_to_the_picker_hold_for_what_stands_in_its_place() {
        picker.setLabel("Đơn vị cấp trên");
        picker.setWidth("20em");

        assertThat(picker.getLabel()).isEqualTo("Đơn vị cấp trên");
        assertThat(picker.fixed().getElement().getChild(0).getChild(0).getText()).isEqualTo("Đơn vị cấp trên");
        assertThat(picker.fixed().getElement().getStyle().get("--unit-picker-width")).isEqualTo("20em");
    }
}
