"""Attendance counts and issue lists through the Python package.

The releases here are written for these tests in the style of provincial
government news; none is taken from a real release.
"""

import thainews

MEETING = (
    "อำเภอจัดเวทีรับฟังปัญหาของประชาชน\n"
    "วันนี้ นายอำเภอเป็นประธานเปิดเวทีประชาคม โดยมีผู้นำชุมชนและประชาชน จำนวน ๑๒๐ คน "
    "เข้าร่วมประชุม\n"
    "ที่ประชุมสรุปประเด็นปัญหา/ความต้องการ ได้ 6 ประเด็น อาทิ ปัญหาถนนชำรุด "
    "ปัญหาขาดแคลนน้ำอุปโภค บริโภค การลักลอบทิ้งขยะ เป็นต้น\n"
)

CEREMONY = (
    "พิธีทำบุญตักบาตรเนื่องในวันสำคัญ\n"
    "พระสงฆ์ 35 รูป และสามเณร 30 รูป รวม 65 รูป ร่วมพิธี "
    "ขณะที่ประชาชนกว่า 400 คน ร่วมทำบุญตักบาตรในครั้งนี้\n"
)


def test_attendance_count_unit_and_span():
    article = thainews.extract(MEETING)
    assert [a.count for a in article.attendance] == [120]
    count = article.attendance[0]
    assert count.unit == "คน"
    assert count.approximate is False
    assert count.role is None
    assert count.text == "จำนวน ๑๒๐ คน"
    assert article.text[count.start:count.end] == count.text
    assert article.attendance_total == 120


def test_attendance_total_is_the_largest_count_that_is_not_a_part():
    article = thainews.extract(CEREMONY)
    roles = {a.count: a.role for a in article.attendance}
    assert roles == {35: "part", 30: "part", 65: "total", 400: None}
    assert [a.approximate for a in article.attendance if a.count == 400] == [True]
    assert article.attendance_total == 400


def test_attendance_total_is_none_without_attendance():
    article = thainews.extract("ข่าวทั่วไป\nจังหวัดมีผู้ประกันตน 82,000 คน และบ้านเรือน 168 หลัง\n")
    assert article.attendance == ()
    assert article.attendance_total is None


def test_issue_list_items_and_declared_count():
    article = thainews.extract(MEETING)
    assert len(article.issues) == 1
    issues = article.issues[0]
    assert issues.declared_count == 6
    assert issues.items == ("ปัญหาถนนชำรุด", "ปัญหาขาดแคลนน้ำอุปโภค บริโภค", "การลักลอบทิ้งขยะ")
    assert article.text[issues.start:issues.end] == issues.text
    assert issues.text.startswith("ประเด็นปัญหา")
    for item, (start, end) in zip(issues.items, issues.item_spans):
        assert " ".join(article.text[start:end].split()) == item


def test_issue_list_without_a_declared_count():
    article = thainews.extract(
        "ข่าว\nกลุ่มเกษตรกรยื่นข้อเรียกร้อง ดังนี้\n1. ประกันราคาข้าว\n2. พักชำระหนี้\n")
    assert [i.items for i in article.issues] == [("ประกันราคาข้าว", "พักชำระหนี้")]
    assert article.issues[0].declared_count is None


def test_lists_of_people_and_goods_are_not_issues():
    article = thainews.extract(
        "ข่าว\nเพื่อบรรเทาปัญหาความเดือดร้อน จึงได้มอบสิ่งของ อาทิ ข้าวสาร น้ำดื่ม เป็นต้น\n"
        "ผู้ว่าราชการจังหวัดรับฟังปัญหา โดยมีผู้แทนหน่วยงาน ได้แก่ นายอำเภอ และปลัดอำเภอ\n")
    assert article.issues == ()


def test_the_json_keys_build_the_dataclasses():
    article = thainews.extract(CEREMONY + MEETING)
    raw = article.to_dict()
    assert [a["count"] for a in raw["attendance"]] == [a.count for a in article.attendance]
    assert [i["items"] for i in raw["issues"]] == [list(i.items) for i in article.issues]
