package vn.chitieu.orgunit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;

/** Date fields that read and write dates the Vietnamese way (01/07/2025), with Vietnamese month and day names. */
final class VietnameseDates {

    private VietnameseDates() {
    }

    static DatePicker picker(String label) {
        var picker = new DatePicker(label);
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd");
        i18n.setMonthNames(List.of("Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7",
                "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"));
        i18n.setWeekdays(List.of("Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"));
        i18n.setWeekdaysShort(List.of("CN", "T2", "T3", "T4", "T5", "T6", "T7"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Hôm nay");
        i18n.setCancel("Hủy");
        i18n.setBadInputErrorMessage("Ngày viết theo dạng ngày/tháng/năm, ví dụ 01/07/2025");
        picker.setI18n(i18n);
        picker.setPlaceholder("ngày/tháng/năm");
        return picker;
    }
}
