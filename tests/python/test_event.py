"""The event record in Python: typed, frozen, None when there is none, and
one row per article in to_dataframe(articles, "events"). Releases written
for these tests."""

import dataclasses
import datetime

import pytest

import thainews
from conftest import assert_spans_are_slices

MEETING = (
    "อำเภอจัดประชุมกำนันผู้ใหญ่บ้าน\n"
    "\n"
    "เมื่อวันที่ 5 มีนาคม 2567 เวลา 09.30 น. ณ หอประชุมที่ว่าการอำเภอแม่ทา จังหวัดลำพูน "
    "นายสมชาย ใจงาม นายอำเภอแม่ทา เป็นประธานการประชุมกำนันผู้ใหญ่บ้าน "
    "โดยมีผู้เข้าร่วมประชุม จำนวน 85 คน\n"
)
TRAINING = (
    "อบรมผู้นำชุมชน\n"
    "\n"
    "สำนักงานพัฒนาชุมชนจังหวัดเชียงใหม่ จัดการฝึกอบรมผู้นำชุมชน "
    "ระหว่างวันที่ 18 - 19 มกราคม 2567 ณ โรงแรมริมปิง อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่\n"
)
STATISTICS = (
    "สถิติผู้ประกันตนเดือนมกราคม\n"
    "\n"
    "สำนักงานประกันสังคมรายงานจำนวนผู้ประกันตนทั่วประเทศ ประจำเดือนมกราคม 2567 "
    "รวม 24,000,000 คน เพิ่มขึ้นร้อยละ 2\n"
)


@pytest.fixture(scope="module")
def extractor():
    return thainews.Extractor()


def test_event_slots_are_typed_and_frozen(extractor):
    article = extractor.extract(MEETING)
    event = article.event
    assert isinstance(event, thainews.Event)
    assert event.date.value == "2024-03-05"
    assert event.date.as_range() == (datetime.date(2024, 3, 5), datetime.date(2024, 3, 5))
    assert article.text[event.date.start:event.date.end] == event.date.text
    assert event.time == "09:30"
    assert event.venue.text == "หอประชุมที่ว่าการอำเภอแม่ทา"
    assert article.text[event.venue.start:event.venue.end] == event.venue.text
    assert (event.district, event.province) == ("แม่ทา", "ลำพูน")
    assert event.chair == "สมชาย ใจงาม"
    assert event.attendance == 85
    assert event.chair in {o.name for o in article.officials}
    assert article.to_dict()["event"]["venue"]["text"] == event.venue.text
    assert_spans_are_slices(article)
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.chair = "someone"


def test_no_event_is_none(extractor):
    article = extractor.extract(STATISTICS)
    assert article.event is None
    assert article.to_dict()["event"] is None


def test_events_dataframe_has_one_typed_row_per_article(extractor):
    pd = pytest.importorskip("pandas")
    articles = extractor.extract_batch([MEETING, TRAINING, STATISTICS])
    frame = thainews.to_dataframe(articles, "events")
    assert len(frame) == 3
    assert list(frame["article"]) == [0, 1, 2]
    assert list(frame["headline"]) == [a.headline for a in articles]
    assert str(frame["date"].dtype).startswith("datetime64")
    assert str(frame["date_end"].dtype).startswith("datetime64")
    assert str(frame["attendance"].dtype) == "Int64"
    assert frame["date"][1] == pd.Timestamp(2024, 1, 18)
    assert frame["date_end"][1] == pd.Timestamp(2024, 1, 19)
    assert frame["attendance"][0] == 85
    assert pd.isna(frame["date"][2]) and pd.isna(frame["attendance"][2])
    assert frame["venue"][1] == "โรงแรมริมปิง"
    assert len(articles[0].to_dataframe("events")) == 1
    empty = thainews.to_dataframe([], "events")
    assert list(empty.columns)[:3] == ["article", "source", "headline"]
