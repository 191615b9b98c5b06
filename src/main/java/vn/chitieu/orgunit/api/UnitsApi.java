package vn.chitieu.orgunit.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chitieu.orgunit.OrgUnitService;

/**
 * {@code GET /api/v1/units}: the units the caller may read, so a script can address one by its code ({@code don_vi}
 * of the other addresses): code, name, level, the unit above, the former units it was formed from, and whether it
 * still exists.
 */
@RestController
class UnitsApi {

    private final OrgUnitService units;

    UnitsApi(OrgUnitService units) {
        this.units = units;
    }

    @GetMapping("/api/v1/units")
    List<UnitJson> units() {
        return units.readableUnits().stream().map(UnitJson::of).toList();
    }

    record UnitJson(
            String ma,
            String ten,
            String cap,
            @JsonProperty("cap_ten") String capTen,
            @JsonProperty("don_vi_cap_tren") @Nullable String donViCapTren,
            @JsonProperty("don_vi_cu") List<String> donViCu,
            @JsonProperty("dang_hoat_dong") boolean dangHoatDong,
            @JsonProperty("hieu_luc_tu") @Nullable LocalDate hieuLucTu,
            @JsonProperty("hieu_luc_den") @Nullable LocalDate hieuLucDen) {

        static UnitJson of(OrgUnitService.Listing unit) {
            return new UnitJson(unit.code(), unit.name(), unit.kind().name(), unit.kind().label(), unit.parentCode(),
                    unit.formerCodes(), unit.active(), unit.validFrom(), unit.validTo());
        }
    }
}
