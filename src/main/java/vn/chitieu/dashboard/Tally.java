package vn.chitieu.dashboard;

import java.util.List;
import vn.chitieu.evaluation.TermRollup.Outlook;
import vn.chitieu.evaluation.Verdict;

/**
 * The counts a leader reads first. A figure reported without any target is not a target that failed to be judged:
 * it is counted apart ({@code otherFigures}).
 */
public record Tally(int targets, int dat, int khongDat, int chuaDanhGia, int otherFigures,
                    int duKienDat, int nguyCo, int chuaDuDuLieu) {

    public static Tally of(List<IndicatorRow> rows) {
        int targets = 0, dat = 0, khongDat = 0, chua = 0, duKien = 0, nguyCo = 0, chuaDu = 0;
        for (IndicatorRow row : rows) {
            if (!row.isTarget()) {
                continue;
            }
            targets++;
            switch (row.assessment().verdict()) {
                case DAT -> dat++;
                case KHONG_DAT -> khongDat++;
                case CHUA_DANH_GIA -> chua++;
            }
            switch (row.assessment().outlook()) {
                case DU_KIEN_DAT -> duKien++;
                case NGUY_CO_KHONG_DAT -> nguyCo++;
                case CHUA_DU_DU_LIEU -> chuaDu++;
            }
        }
        return new Tally(targets, dat, khongDat, chua, rows.size() - targets, duKien, nguyCo, chuaDu);
    }

    public int count(Verdict verdict) {
        return switch (verdict) {
            case DAT -> dat;
            case KHONG_DAT -> khongDat;
            case CHUA_DANH_GIA -> chuaDanhGia;
        };
    }

    public int count(Outlook outlook) {
        return switch (outlook) {
            case DU_KIEN_DAT -> duKienDat;
            case NGUY_CO_KHONG_DAT -> nguyCo;
            case CHUA_DU_DU_LIEU -> chuaDuDuLieu;
        };
    }

    /** "12/15 chỉ tiêu đạt · 2 không đạt · 1 chưa đánh giá", or for a running term where it is heading. */
    public String headline(boolean openTerm) {
        String others = otherFigures > 0 ? " · " + otherFigures + " số liệu khác không có mục tiêu" : "";
        if (openTerm) {
            return duKienDat + " dự kiến đạt · " + nguyCo + " nguy cơ không đạt · " + chuaDuDuLieu
                    + " chưa đủ dữ liệu" + others;
        }
        return dat + "/" + targets + " chỉ tiêu đạt · " + khongDat + " không đạt · " + chuaDanhGia + " chưa đánh giá"
                + others;
    }
}
