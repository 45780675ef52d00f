"""Places from Python: article fields and thainews.gazetteer look-ups."""

import dataclasses

import pytest

import thainews

RELEASE = (
    "สจจ.ลพบุรี ร่วมประชุมคณะทำงาน\n"
    "เมื่อวันที่ 28 มิถุนายน 2565 นายสมชาย ใจดี ผู้ว่าราชการจังหวัดลพบุรี "
    "เป็นประธานการประชุม ณ ที่ว่าการอำเภอบ้านหมี่ "
    "โดยมีผู้แทนจากสำนักงานจัดหางานกรุงเทพมหานครพื้นที่ 2 และชาวตำบลบ้านหมี่ ร่วมงาน\n"
)


@pytest.fixture(scope="module")
def article():
    return thainews.extract(RELEASE)


def test_provinces_have_code_english_name_and_mentions(article):
    assert [p.name for p in article.provinces] == ["ลพบุรี", "กรุงเทพมหานคร"]
    lopburi = article.provinces[0]
    assert lopburi.code == "TH-16"
    assert lopburi.name_en == "Lop Buri"
    assert len(lopburi.mentions) == 2
    for start, end in lopburi.mentions:
        assert article.text[start:end] == "ลพบุรี"
    assert article.provinces[1].code == "TH-10"


def test_districts_and_subdistricts(article):
    (district,) = article.districts
    assert (district.name, district.province, district.code) == ("บ้านหมี่", "ลพบุรี", "1606")
    assert district.province_code == "TH-16"
    assert district.name_en == "Ban Mi"
    start, end = district.mentions[0]
    assert article.text[start:end] == "บ้านหมี่"
    (subdistrict,) = article.subdistricts
    assert (subdistrict.name, subdistrict.district, subdistrict.code) == (
        "บ้านหมี่", "บ้านหมี่", "160619")


def test_places_in_the_json_form(article):
    raw = article.to_dict()
    assert raw["provinces"][0]["code"] == "TH-16"
    assert raw["districts"][0]["province"] == "ลพบุรี"


def test_look_alike_words_are_not_places():
    article = thainews.extract("มาตรการป้องกันการแพร่ระบาดของโรค ประชาชนไม่ได้เดือดร้อนเลย")
    assert article.provinces == ()


def test_gazetteer_province_by_name_alias_and_code():
    g = thainews.gazetteer
    assert g.province("ลพบุรี").code == "TH-16"
    assert g.province("โคราช").name == "นครราชสีมา"
    assert g.province("กทม.").name_en == "Bangkok"
    assert g.province("TH-50").name == "เชียงใหม่"
    assert g.province("ไม่มีจังหวัดนี้") is None
    assert "กรุงเทพฯ" in g.province("กรุงเทพมหานคร").aliases


def test_gazetteer_districts_shared_names_need_a_province():
    g = thainews.gazetteer
    assert len(g.lookup("เฉลิมพระเกียรติ", level="district")) == 5
    with pytest.raises(ValueError, match="5 district"):
        g.district("เฉลิมพระเกียรติ")
    assert g.district("เฉลิมพระเกียรติ", province="น่าน").code == "5515"
    assert g.district("จอมทอง", province="เชียงใหม่").code == "5002"
    assert g.district("จอมทอง", province="TH-10").code == "1035"
    assert g.district("อำเภอเมือง ลพบุรี").code == "1601"
    assert g.district("บ้านหมี่").capital is False
    assert g.district("เมืองลพบุรี").capital is True


def test_gazetteer_subdistricts_resolve_through_their_district():
    g = thainews.gazetteer
    with pytest.raises(ValueError, match="narrow"):
        g.subdistrict("หนองบัว")
    place = g.subdistrict("หนองบัว", district="เมืองอุดรธานี")
    assert (place.code, place.district, place.province) == ("410104", "เมืองอุดรธานี", "อุดรธานี")
    assert g.subdistrict("หนองบัว", district="เมืองอุดรธานี", province="ลพบุรี") is None


def test_gazetteer_get_children_and_provinces():
    g = thainews.gazetteer
    assert g.get("1606").name == "บ้านหมี่"
    assert g.get("TH-38").name == "บึงกาฬ"
    assert g.get("102203").code == "104001"  # an obsolete code
    assert g.get("9999") is None
    assert len(g.provinces()) == 77
    districts = g.children("TH-38")
    assert len(districts) == 8 and all(d.level == "district" for d in districts)
    assert len(g.children(districts[0])) > 0


def test_place_is_read_only_and_level_is_checked():
    place = thainews.gazetteer.province("ลพบุรี")
    with pytest.raises(dataclasses.FrozenInstanceError):
        place.name = "x"
    with pytest.raises(ValueError, match="level"):
        thainews.gazetteer.lookup("ลพบุรี", level="village")


def test_gazetteer_from_a_data_dir(tmp_path):
    (tmp_path / "gazetteer.tsv").write_text(
        "code\tname\tname_en\tflags\n16\tลพบุรี\tLop Buri\t\n", encoding="utf-8")
    (tmp_path / "place_aliases.tsv").write_text("code\talias\tkind\n", encoding="utf-8")
    (tmp_path / "place_old_codes.tsv").write_text("old_code\tcode\tname\n", encoding="utf-8")
    (tmp_path / "province_splits.tsv").write_text("province\tfrom\tyear\n", encoding="utf-8")
    small = thainews.Gazetteer(data_dir=tmp_path)
    assert [p.name for p in small.provinces()] == ["ลพบุรี"]
    (tmp_path / "gazetteer.tsv").write_text("code\tname\tname_en\tflags\n1x\tเสีย\tBad\t\n",
                                            encoding="utf-8")
    with pytest.raises(thainews.Error) as e:
        thainews.Gazetteer(data_dir=tmp_path).provinces()
    assert e.value.code == "data_error"
