"""Officials through the Python API: titles, names and positions.

The sentences are written for these tests; the people in them do not exist.
"""

import thainews

RELEASE = (
    "จังหวัดสระบุรีจัดประชุมแผนพัฒนาจังหวัด\n"
    "เมื่อวันที่ 3 มีนาคม 2566 นายสมปอง\u00a0 ใจกล้า ผู้ว่าราชการจังหวัดสระบุรี เป็นประธาน"
    "การประชุม โดยมี ผศ.ดร.วิไลวรรณ ทองสุข รองอธิการบดี มหาวิทยาลัยราชภัฏเลย "
    "และ พ.ต.อ.ธนพล แก้วมณี ผกก.สภ.เมืองสระบุรี ร่วมประชุม\n"
    "นายสมปอง กล่าวว่า จังหวัดจะเร่งจัดทำแผนให้แล้วเสร็จ\n"
    "ข่าว : ประสิทธิ์ ทองแท้ ประชาสัมพันธ์จังหวัด\n"
)


def test_officials_have_title_name_and_position():
    article = thainews.extract(RELEASE)
    assert [o.name for o in article.officials] == [
        "สมปอง ใจกล้า",
        "วิไลวรรณ ทองสุข",
        "ธนพล แก้วมณี",
    ]
    governor, vice_rector, police = article.officials
    assert governor.honorific == "นาย"
    assert governor.given_name == "สมปอง"
    assert governor.family_name == "ใจกล้า"
    assert governor.position == "ผู้ว่าราชการจังหวัดสระบุรี"
    assert vice_rector.honorific == "ผศ.ดร."
    assert vice_rector.position == "รองอธิการบดี มหาวิทยาลัยราชภัฏเลย"
    assert police.honorific == "พ.ต.อ."
    assert police.position == "ผกก.สภ.เมืองสระบุรี"


def test_spans_and_mentions_are_code_point_offsets():
    article = thainews.extract(RELEASE)
    governor = article.officials[0]
    assert RELEASE[governor.start:governor.end] == governor.text
    assert governor.text.startswith("นายสมปอง")
    assert governor.text.endswith("ผู้ว่าราชการจังหวัดสระบุรี")
    # The full mention and "นายสมปอง กล่าวว่า" are one person.
    assert len(governor.mentions) == 2
    for start, end in governor.mentions:
        assert RELEASE[start:end].startswith("นายสมปอง")


def test_a_person_without_a_position():
    article = thainews.extract("ข่าว\nมอบเงินช่วยเหลือให้แก่นางบุญมี ศรีสุข จำนวน 5,000 บาท")
    assert len(article.officials) == 1
    assert article.officials[0].position is None
    assert article.officials[0].province is None


def test_province_is_the_place_the_position_names():
    # The province is a place the places extractor found inside the position:
    # the governor's and the police chief's name สระบุรี; the university is
    # named for its province, เลย; a position with no place names none.
    article = thainews.extract(RELEASE)
    assert {p.name for p in article.provinces} == {"สระบุรี", "เลย"}
    governor, vice_rector, police = article.officials
    assert governor.province == "สระบุรี"
    assert vice_rector.province == "เลย"
    assert police.province == "สระบุรี"
    villager = thainews.extract("ข่าว\nนายสมศักดิ์ ดีใจ ประธานกลุ่มผู้ปลูกผัก ร่วมประชุม")
    assert villager.officials[0].position == "ประธานกลุ่มผู้ปลูกผัก"
    assert villager.officials[0].province is None


def test_officials_round_trip_through_to_dict():
    article = thainews.extract(RELEASE)
    data = article.to_dict()
    assert [o["name"] for o in data["officials"]] == [o.name for o in article.officials]
    assert data["officials"][0]["honorific"] == "นาย"
