package vn.chitieu.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes (bcrypt
 * reads no further, so a longer one would be silently cut), not the account name, and not a common password, not even
 * with digits or symbols stuck before or after it ("matkhau@123"). The list ships with the project
 * ({@code security/common-passwords.txt}). No rules about mixing character kinds: length beats them.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load();
    private static final SecureRandom RANDOM = new SecureRandom();
    // no 0/O, 1/l/I: a temporary password is read out over the phone or copied from paper
    private static final String TEMPORARY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private PasswordPolicy() {
    }

    /** Why the password is refused, in Vietnamese, or empty when it may be used. */
    static Optional<String> problem(String password, String username) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("Mật khẩu cần ít nhất " + MIN_LENGTH + " ký tự");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Mật khẩu dài quá: tối đa " + MAX_BYTES + " byte (khoảng 60 ký tự có dấu)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() <= 2) {
            return Optional.of("Mật khẩu chỉ lặp lại một hai ký tự, quá dễ đoán");
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && lower.contains(name)) {
            return Optional.of("Mật khẩu không được chứa tên đăng nhập");
        }
        String core = lower.replaceAll("^[\\d\\p{Punct}\\s]+|[\\d\\p{Punct}\\s]+$", "");
        if (COMMON.contains(lower) || COMMON.contains(core)) {
            return Optional.of("Mật khẩu này nằm trong danh sách mật khẩu phổ biến, dễ bị dò ra; hãy chọn mật khẩu khác "
                    + "(ví dụ một câu ngắn dễ nhớ)");
        }
        return Optional.empty();
    }

    static void require(String password, String username) {
        problem(password, username).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
    }

    /** A temporary password an administrator hands over: 14 characters from 32 (70 bits), grouped for reading. */
    static String temporary() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            if (i > 0 && i % 7 == 0) {
                out.append('-');
            }
            out.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return out.toString();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("Thiếu tệp security/common-passwords.txt");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
