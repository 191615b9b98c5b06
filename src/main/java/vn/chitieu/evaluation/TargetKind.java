package vn.chitieu.evaluation;

/** How a target is written, which decides the rule that judges it (see domain notes, "How targets are written"). */
public enum TargetKind {
    /** A level against a threshold: "trên 95%", "dưới 0,5%", a bare "100%". */
    THRESHOLD,
    /** Growth rate, year on year or average annual: "tăng bình quân 9%/năm". */
    GROWTH,
    /** Completion against a plan or estimate: "% kế hoạch", "% dự toán". */
    COMPLETION,
    /** Units out of units: "8/8 khối phố". */
    RATIO,
    /** A change amount: "giảm 5 hộ", "tăng 200 lao động". */
    CHANGE,
    /** A state in words: "vững mạnh về quốc phòng - an ninh", "không còn hộ nghèo". */
    QUALITATIVE,
    /** A rating on the ordinal scale: "hoàn thành tốt nhiệm vụ trở lên". */
    RATING,
    /** Between two values: "từ 3-4 dự án". */
    RANGE,
    /** Several parts that must all be met (target (10) of 2025-2030). */
    COMPOUND
}
