package vn.chitieu.datavalue;

/** A write to a period leadership has closed. */
public class PeriodLockedException extends IllegalStateException {

    public PeriodLockedException(Period period) {
        super("Kỳ " + period.label() + " đã được lãnh đạo khóa sổ: không thể thêm hoặc sửa số liệu. "
                + "Đề nghị lãnh đạo mở lại kỳ nếu cần điều chỉnh.");
    }
}
