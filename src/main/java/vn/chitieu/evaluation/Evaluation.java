package vn.chitieu.evaluation;

/**
 * A verdict with the reasons a person can read.
 *
 * @param exceeded    vượt: met with room to spare
 * @param estimate    the result is an estimate (ước thực hiện), the verdict may change with the official figure
 * @param explanation how the verdict was reached, in Vietnamese
 */
public record Evaluation(Verdict verdict, boolean exceeded, boolean estimate, String explanation) {

    public static Evaluation of(Verdict verdict, boolean exceeded, boolean estimate, String explanation) {
        return new Evaluation(verdict, exceeded && verdict == Verdict.DAT, estimate, explanation);
    }

    public static Evaluation undecided(String why, boolean estimate) {
        return new Evaluation(Verdict.CHUA_DANH_GIA, false, estimate, why);
    }

    /** "Đạt", "Đạt (vượt)", "Không đạt (ước tính)". */
    public String label() {
        return verdict.label() + (exceeded ? " (vượt)" : "") + (estimate ? " (ước tính)" : "");
    }
}
