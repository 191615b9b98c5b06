package vn.chitieu.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first administrator of a fresh production database: the password only ever comes from the environment. */
@ConfigurationProperties("chitieu.admin")
record AdminProperties(String username, @Nullable String password) {
}
