#!/usr/bin/env python3
"""Builds src/main/resources/demo/*.csv from the extracted seed tables in ../shared/data.

Run once by a developer when the seeds change; the application only ever reads the generated files, never ../shared.
Keeps every figure as the document states it (no "fixes"), formats numbers the Vietnamese way for display and keeps
the machine-readable reading beside it.
"""
import csv
import re
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "main" / "resources" / "demo"

DOCUMENTS = {
    "000": "Báo cáo chính trị Đại hội Đảng bộ phường Tam Kỳ, nhiệm kỳ 2025-2030 (000)",
    "003": "Báo cáo kiểm điểm của Ban Chấp hành nhiệm kỳ 2020-2025 (003)",
    "004": "Báo cáo sơ kết giữa nhiệm kỳ 2020-2025, Đảng ủy phường Phổ Hòa, số 263-BC/ĐU (004)",
}
UNITS = {
    "Phường Tam Kỳ": "tam-ky",
    "Phường An Mỹ (cũ)": "an-my",
    "Phường An Xuân (cũ)": "an-xuan",
    "Phường Trường Xuân (cũ)": "truong-xuan",
    "Phường Phước Hòa (cũ)": "phuoc-hoa",
    "Phường Phổ Hòa": "pho-hoa",
}
SECTORS = {
    "Xây dựng Đảng và hệ thống chính trị": "XAY_DUNG_DANG",
    "Kinh tế": "KINH_TE",
    "Văn hóa - Xã hội": "VAN_HOA_XA_HOI",
    "Môi trường": "MOI_TRUONG",
    "Quốc phòng - An ninh": "QUOC_PHONG_AN_NINH",
}


# Remarks of the people who extracted the seeds were written into some names; a name is what a leader reads on every
# screen, so the remark goes to the figure's note instead (shown on the indicator page and in tooltips).
NAME_REMARKS = {
    "000-137": ("Tỷ lệ lao động qua đào tạo",
                "Tên chỉ tiêu suy ra từ văn bản; văn bản ghi \"tỷ lệ lao động từng từ\""),
    "000-138": ("Tỷ lệ lao động qua đào tạo",
                "Tên chỉ tiêu suy ra từ văn bản; văn bản ghi \"tỷ lệ lao động từng từ\""),
    "000-149": ("Số hộ nghèo", "An Xuân 12 hộ, Phước Hòa 02 hộ"),
    "000-150": ("Số hộ nghèo giảm trong nhiệm kỳ (khu vực Phước Hòa)", ""),
    "000-151": ("Số hộ nghèo phát sinh trong nhiệm kỳ (khu vực Phước Hòa)", ""),
    "000-153": ("Số hộ cận nghèo giảm trong nhiệm kỳ", "An Xuân 23 hộ, Phước Hòa 03 hộ"),
    "000-154": ("Số hộ cận nghèo", "An Xuân 04 hộ, Phước Hòa 02 hộ"),
    "000-163": ("Kết quả diễn tập chiến đấu trong khu vực phòng thủ", "Văn bản ghi \"Phường hòa\""),
}

# The same indicator extracted twice: once as the target the document sets, once as the figure it reports. One
# indicator, with its target and its figure, not two half rows: figure id -> target id.
SAME_INDICATOR = {
    # 004: "đạt tỷ lệ 60% so với Nghị quyết" (mid-term) and "Hoàn thành chỉ tiêu phát triển đảng viên mới theo Nghị
    # quyết của Đảng ủy đề ra đầu năm"
    "004-037": "004-061",
}


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def place_vi(location):
    """The extraction wrote places in a mixed shorthand ("P1 §III.1.2 – endnote 1"); users read Vietnamese."""
    out = re.sub(r"\bP(\d)\b", r"Phần \1", location)
    out = re.sub(r"\b(endnote|footnote)\b", "chú thích", out)
    out = out.replace("Hạn chế", "Hạn chế").replace("(câu lặp 2 lần)", "(câu lặp hai lần)")
    return out


def vn_number(text):
    """'352.615' -> '352,615'; '109000' -> '109.000'; '886550000' -> '886.550.000'."""
    d = Decimal(text)
    sign = "-" if d < 0 else ""
    whole, _, frac = f"{abs(d):f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = sign + ".".join(groups)
    return out + ("," + frac if frac else "")


def with_unit(number, unit):
    if unit == "%":
        return number + "%"
    if unit == "":
        return number
    if unit.startswith("%"):
        return number + unit
    return number + " " + unit


def period_code(period, quote):
    p = period.split(" (")[0]
    if p == "mid-term 2023":
        return "2020-2023", "giữa nhiệm kỳ, tính đến năm 2023"
    if p.startswith("đầu nhiệm kỳ"):
        return "2020", "đầu nhiệm kỳ (tài liệu không ghi năm)"
    if re.fullmatch(r"\d{4}(-\d{4})?", p):
        return p, ""
    raise SystemExit(f"unknown period {period!r}")


def read_value(actual, unit):
    """Returns (text as a Vietnamese report writes it, number, numerator, denominator, bound)."""
    a = actual.strip()
    m = re.fullmatch(r"([<>~])?(-?\d+(?:\.\d+)?)", a)
    if m:
        bound = {">": "ABOVE", "<": "BELOW", "~": "ABOUT", None: ""}[m.group(1)]
        word = {">": "trên ", "<": "dưới ", "~": "khoảng ", None: ""}[m.group(1)]
        return word + with_unit(vn_number(m.group(2)), unit), m.group(2), "", "", bound
    m = re.fullmatch(r"(\d+)/(\d+)(.*)", a)
    if m:
        return a, "", m.group(1), m.group(2), ""
    return a, "", "", "", ""


def target_text(direction, target, unit):
    if not target:
        return ""
    if not re.fullmatch(r"\d+(\.\d+)?", target):
        return target
    shown = with_unit(vn_number(target), unit)
    return {"more_than": "trên ", "less_than": "dưới ", "at_least": ""}.get(direction, "") + shown


def results():
    rows = []
    seeds = [{k: nfc(v) for k, v in r.items()}
             for r in csv.DictReader(open(SHARED / "seed_indicators.csv", encoding="utf-8"))]
    by_id = {r["id"]: r for r in seeds}
    figure_of = {target: figure for figure, target in SAME_INDICATOR.items()}
    for r in seeds:
        remark = ""
        if r["id"] in NAME_REMARKS:
            r["name_vi"], remark = NAME_REMARKS[r["id"]]
        if r["id"] in SAME_INDICATOR:
            target = by_id[SAME_INDICATOR[r["id"]]]
            r = {**r, "name_vi": target["name_vi"], "direction": target["direction"], "target": target["target"]}
        if r["id"] in figure_of:
            r = {**r, "unit": by_id[figure_of[r["id"]]]["unit"]}
        doc = r["source_file"][:3]
        if doc not in DOCUMENTS or r["term"] != "2020-2025" or r["org_unit"] not in UNITS:
            continue
        if not r["actual"] and not r["target"]:
            continue
        if r["actual"] == "…":
            continue
        code, period_note = period_code(r["period"], r["quote"])
        period_note = "; ".join(n for n in (period_note, remark) if n)
        text, number, num, den, bound = read_value(r["actual"], r["unit"]) if r["actual"] else ("", "", "", "", "")
        if not text and r["verdict_in_doc"] == "Không đạt":
            # a result the document states in words ("thu ngân sách hàng năm chưa đạt theo nghị quyết đề ra"): it is a
            # worded result, not a missing one
            worded = re.search(r"[^;(]*chưa đạt[^;(]*", r["quote"])
            if worded:
                text = worded.group(0).strip()
        estimate = bool(re.search(r"dự kiến|ước (thực hiện|đạt|tính)", r["quote"], re.IGNORECASE))
        rows.append({
            "ma": r["id"], "don_vi": UNITS[r["org_unit"]], "ky": code, "linh_vuc": SECTORS[r["sector"]],
            "chi_tieu": r["name_vi"], "dvt": r["unit"], "chieu": r["direction"], "muc_tieu_so": r["target"],
            "muc_tieu": target_text(r["direction"], r["target"], r["unit"]), "ket_qua": text, "so": number,
            "tu_so": num, "mau_so": den, "can": bound, "uoc_tinh": "1" if estimate else "0",
            "tai_lieu": DOCUMENTS[doc], "vi_tri": place_vi(r["location"]), "trich_dan": r["quote"],
            "ghi_chu": period_note, "danh_gia_tai_lieu": r["verdict_in_doc"],
        })
    return rows


TARGETS_2025 = {
    # number: (target as the resolution writes it, kind, comparator, value, horizon, horizon year); only the text and
    # the horizon (which the resolution states in its section, apart from the words) go into the file: the app reads
    # the rest with its own engine (IndicatorReadingTest checks it reads them as listed here).
    "1": ("trên 3%", "THRESHOLD", "MORE_THAN", "3", "ANNUAL", ""),
    "2": ("trên 95%", "THRESHOLD", "MORE_THAN", "95", "TERM", ""),
    "3": ("trên 90%", "THRESHOLD", "MORE_THAN", "90", "ANNUAL", ""),
    "4": ("đạt 100%", "THRESHOLD", "AT_LEAST", "100", "TERM", ""),
    "5": ("hoàn thành tốt nhiệm vụ trở lên", "RATING", "AT_LEAST", "", "ANNUAL", ""),
    "6": ("bình quân hằng năm trên 9%", "GROWTH", "MORE_THAN", "9", "AVERAGE_ANNUAL", ""),
    "7": ("bình quân hằng năm tối thiểu 12%", "GROWTH", "AT_LEAST", "12", "AVERAGE_ANNUAL", ""),
    "8": ("đến năm 2030 so với năm 2025 tăng trên 8%/năm", "GROWTH", "MORE_THAN", "8", "AVERAGE_ANNUAL", "2030"),
    "9": ("đến năm 2030 dưới 0,5%", "THRESHOLD", "LESS_THAN", "0.5", "BY_YEAR", "2030"),
    "10": ("100% các trường mầm non, tiểu học, trung học cơ sở đạt chuẩn quốc gia và đạt tiêu chuẩn \u201cTrường học "
           "hạnh phúc\u201d; 100% các trường tiểu học, THCS công lập có cơ sở vật chất đảm bảo dạy học 2 buổi/ngày",
           "COMPOUND", "AT_LEAST", "100", "TERM", ""),
    "11": ("trên 99%", "THRESHOLD", "MORE_THAN", "99", "TERM", ""),
    "12": ("đạt 100%", "THRESHOLD", "AT_LEAST", "100", "TERM", ""),
    "13": ("100%", "THRESHOLD", "AT_LEAST", "100", "TERM", ""),
    "14": ("vững mạnh về quốc phòng - an ninh", "QUALITATIVE", "", "", "ANNUAL", ""),
    "15": ("đạt 100% chỉ tiêu", "THRESHOLD", "AT_LEAST", "100", "ANNUAL", ""),
}


def targets():
    places = {r["id"]: nfc(r["location"]) for r in csv.DictReader(open(SHARED / "seed_indicators.csv", encoding="utf-8"))}
    rows = []
    for r in csv.DictReader(open(SHARED / "targets_2025_2030.csv", encoding="utf-8")):
        r = {k: nfc(v) for k, v in r.items()}
        text, kind, comparator, value, horizon, year = TARGETS_2025[r["number"]]
        first_id = r["indicators_csv_ids"].split(";")[0]
        rows.append({
            "so": r["number"], "linh_vuc": SECTORS[r["sector"]], "chi_tieu": r["name_vi"], "dvt": r["unit"],
            "muc_tieu": text, "ky_han": horizon,
            "nam_ky_han": year, "tai_lieu": DOCUMENTS["000"], "vi_tri": place_vi(places.get(first_id, "")),
            "trich_dan": r["quote"], "co_so_2020_2025": r["baseline_2020_2025"],
        })
    return rows


def write(name, rows):
    with open(OUT / name, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(rows)
    print(f"{name}: {len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    write("ket_qua_2020_2025.csv", results())
    write("chi_tieu_2025_2030.csv", targets())
