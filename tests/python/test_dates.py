"""Dates from Python: ISO values, kinds, datetime conversions and offsets."""

import datetime as dt

import pytest

import thainews

RELEASE = (
    "วันอังคารที่ 17 พฤศจิกายน 2563 เวลา 10.00 น. สำนักงานพัฒนาชุมชนจังหวัด"
    "จัดประชุมเตรียมความพร้อม ประจำปีงบประมาณ พ.ศ. 2564 และจะจัดอบรมผู้นำชุมชน"
    "ระหว่างวันที่ 13-25 สิงหาคม ตามแผนพัฒนาอำเภอ (พ.ศ.2566-2570) "
    "โดยสรุปผลเดือนมิถุนายน 2565 และผลการปลูกต้นไม้ (มิ.ย.-ก.ย.62)"
)


@pytest.fixture(scope="module")
def dates():
    return thainews.extract(RELEASE).dates


def test_each_kind_and_value(dates):
    assert [(d.kind, d.value) for d in dates] == [
        ("date", "2020-11-17"),
        ("fiscal_year", "2020-10-01/2021-09-30"),
        ("date_range", "2020-08-13/2020-08-25"),
        ("year_range", "2023/2027"),
        ("month", "2022-06"),
        ("date_range", "2019-06-01/2019-09-30"),
    ]


def test_offsets_are_code_points_into_the_text(dates):
    for d in dates:
        assert RELEASE[d.start:d.end] == d.text
    assert dates[0].text == "วันอังคารที่ 17 พฤศจิกายน 2563"


def test_day_as_date_and_its_details(dates):
    day = dates[0]
    assert day.as_date() == dt.date(2020, 11, 17)
    assert day.as_range() == (dt.date(2020, 11, 17), dt.date(2020, 11, 17))
    assert day.weekday == "อังคาร"
    assert day.weekday_mismatch is False
    assert day.time == "10:00"
    assert day.era == "BE"
    assert day.year_inferred is False


def test_ranges_give_first_and_last_day(dates):
    by_kind = {d.kind: d for d in dates}
    assert by_kind["fiscal_year"].as_range() == (dt.date(2020, 10, 1), dt.date(2021, 9, 30))
    assert by_kind["year_range"].as_range() == (dt.date(2023, 1, 1), dt.date(2027, 12, 31))
    assert by_kind["month"].as_range() == (dt.date(2022, 6, 1), dt.date(2022, 6, 30))
    inferred = dates[2]
    assert inferred.year_inferred is True
    assert inferred.as_range() == (dt.date(2020, 8, 13), dt.date(2020, 8, 25))
    assert dates[5].as_range() == (dt.date(2019, 6, 1), dt.date(2019, 9, 30))


def test_only_a_day_is_a_date(dates):
    for d in dates[1:]:
        with pytest.raises(ValueError):
            d.as_date()


def test_weekday_that_disagrees_is_flagged():
    (day,) = thainews.extract("วันจันทร์ที่ 17 พฤศจิกายน 2563 จัดประชุม").dates
    assert day.weekday == "จันทร์"
    assert day.weekday_mismatch is True
    assert day.as_date().weekday() == 1  # Python: Monday is 0, so 17 Nov 2020 is a Tuesday


def test_thai_digits_and_gregorian_years():
    (day,) = thainews.extract("เมื่อวันที่ ๒๘ มิ.ย. ๒๕๖๕ ณ ศาลากลางจังหวัด").dates
    assert day.value == "2022-06-28"
    assert day.text == "๒๘ มิ.ย. ๒๕๖๕"
    (year,) = thainews.extract("เป้าหมายภายในปี ค.ศ. 2030 ของประเทศ").dates
    assert (year.kind, year.value, year.era) == ("year", "2030", "CE")
    assert year.as_range() == (dt.date(2030, 1, 1), dt.date(2030, 12, 31))


def test_impossible_days_and_numbers_are_not_dates():
    text = "เมื่อ 29 ก.พ. 2565 ผู้ป่วย COVID-19 อายุ 65 ปี จำนวน 177 คน ในพื้นที่ 2"
    assert thainews.extract(text).dates == ()


def test_dates_in_json_and_dataframe(dates):
    article = thainews.extract(RELEASE)
    raw = article.to_dict()["dates"]
    assert [d["value"] for d in raw] == [d.value for d in dates]
    assert set(raw[0]) == {"text", "start", "end", "kind", "value", "era", "weekday", "time",
                           "year_inferred", "weekday_mismatch"}
    pytest.importorskip("pandas")
    frame = article.to_dataframe("dates")
    assert list(frame["kind"]) == [d.kind for d in dates]
