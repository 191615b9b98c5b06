package vn.chitieu.orgunit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Unit codes: the short, stable name of a unit in addresses ({@code /?don-vi=tam-ky}) and files. Lowercase ASCII
 * words joined by hyphens, so a code reads the same in every browser, shell and spreadsheet, and "Hòa" and "Hoa"
 * cannot become two codes that look alike.
 */
final class UnitCodes {

    static final int MAX_LENGTH = 64;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private UnitCodes() {
    }

    /** Why the code is not acceptable, in Vietnamese with a corrected suggestion; empty when it is. */
    static Optional<String> problem(String code) {
        String c = code.strip();
        if (c.isEmpty()) {
            return Optional.of("Nhập mã đơn vị, ví dụ tam-ky");
        }
        if (c.length() > MAX_LENGTH || !SLUG.matcher(c).matches()) {
            String hint = slug(c);
            return Optional.of("Mã đơn vị chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang giữa các từ (tối đa "
                    + MAX_LENGTH + " ký tự), ví dụ tam-ky" + (hint.isEmpty() || hint.equals(c) ? "" : "; gợi ý: " + hint));
        }
        return Optional.empty();
    }

    /**
     * The code a unit's name suggests: the kind in front dropped ("Phường Tam Kỳ" → "tam-ky", as the demo's codes
     * are), Vietnamese marks stripped and đ read as d.
     */
    static String suggest(String name) {
        String plain = name.strip();
        String lower = plain.toLowerCase(Locale.ROOT);
        for (OrgUnitKind kind : OrgUnitKind.values()) {
            String prefix = kind.label().toLowerCase(Locale.ROOT) + " ";
            if (lower.startsWith(prefix) && lower.length() > prefix.length()) {
                plain = plain.substring(prefix.length());
                break;
            }
        }
        return slug(plain);
    }

    /** Any text as a slug: "Trường Xuân (cũ)" → "truong-xuan-cu"; at most {@link #MAX_LENGTH} characters. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.length() > MAX_LENGTH) {
            ascii = ascii.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return ascii;
    }
}
