"""thainews.segment and thainews.Segmenter: the default engine, both
granularities, user words (words=, dictionary=, and the CLI's --dict),
abbreviations and numbers, offsets, and threads. Sentences are written for
these tests in the style of provincial government releases."""

import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

import thainews

RELEASE = "นายสมชายเปิดโครงการโคราชโมเดล"


def words(text, **kwargs):
    return thainews.Segmenter(**kwargs).segment(text, keep_whitespace=False)


def test_default_engine_is_ours():
    assert thainews.Segmenter().engine == "thainews"
    assert thainews.Segmenter("thainews").engine == "thainews"
    assert thainews.Segmenter("libthai").engine == "libthai"
    with pytest.raises(thainews.Error):
        thainews.Segmenter("newmm")


def test_segment_joins_back_to_the_text():
    text = "ผู้ว่าราชการจังหวัดลพบุรี เป็นประธานการประชุม เมื่อวันที่ 5 พ.ย.63"
    assert "".join(thainews.segment(text)) == text
    assert " " not in thainews.segment(text, keep_whitespace=False)


def test_granularities():
    text = "ผู้ว่าราชการจังหวัดลพบุรีเป็นประธานการประชุม"
    assert words(text) == ["ผู้", "ว่า", "ราชการ", "จังหวัด", "ลพบุรี", "เป็น", "ประธาน",
                           "การ", "ประชุม"]
    assert words(text, granularity="compound") == [
        "ผู้ว่าราชการจังหวัด", "ลพบุรี", "เป็น", "ประธาน", "การ", "ประชุม"]
    assert thainews.segment(text, granularity="compound")[0] == "ผู้ว่าราชการจังหวัด"


def test_user_words():
    assert words(RELEASE) == ["นาย", "สม", "ชาย", "เปิด", "โครงการ", "โคราช", "โมเดล"]
    for granularity in ("fine", "compound"):
        assert words(RELEASE, granularity=granularity, words=["สมชาย", "โคราชโมเดล"]) == [
            "นาย", "สมชาย", "เปิด", "โครงการ", "โคราชโมเดล"]
    # Honoured where the engine would cut the letters another way.
    assert words("เขาเดินทางมา") == ["เขา", "เดินทาง", "มา"]
    assert words("เขาเดินทางมา", words=["ทางมา"]) == ["เขา", "เดิน", "ทางมา"]


def test_user_dictionary_file(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("# our region\nสมชาย\nโคราชโมเดล\tproject\n", encoding="utf-8")
    assert words(RELEASE, dictionary=path) == ["นาย", "สมชาย", "เปิด", "โครงการ", "โคราชโมเดล"]
    with pytest.raises(thainews.Error):
        thainews.Segmenter(dictionary=tmp_path / "missing.txt")


def cli():
    return os.environ.get("THAINEWS_CLI") or shutil.which("thainews")


@pytest.mark.skipif(cli() is None, reason="the thainews command is not built")
def test_cli_dict(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("สมชาย\nโคราชโมเดล\n", encoding="utf-8")
    plain = subprocess.run([cli(), "segment", "-"], input=RELEASE, capture_output=True,
                           text=True, check=True).stdout
    assert plain == "นาย|สม|ชาย|เปิด|โครงการ|โคราช|โมเดล\n"
    honoured = subprocess.run([cli(), "segment", "--dict", str(path), "-"], input=RELEASE,
                              capture_output=True, text=True, check=True).stdout
    assert honoured == "นาย|สมชาย|เปิด|โครงการ|โคราชโมเดล\n"


def test_abbreviations_and_numbers():
    assert words("วันที่ 5 พ.ย.63 เวลา 10.00 น. จำนวน 1,250 คน (พ.ศ.2566-2570)") == [
        "วัน", "ที่", "5", "พ.ย.", "63", "เวลา", "10.00", "น.", "จำนวน", "1,250", "คน",
        "(", "พ.ศ.", "2566-2570", ")"]
    assert words("ผวจ.ลพบุรี อ.เมือง จ.ลพบุรี") == ["ผวจ.", "ลพบุรี", "อ.", "เมือง", "จ.",
                                                   "ลพบุรี"]


def test_mixed_scripts_and_offsets():
    text = "ฉีดวัคซีนCOVIDให้ประชาชน 500 คน"
    tokens = thainews.Segmenter().tokenize(text)
    assert [t.text for t in tokens] == ["ฉีด", "วัคซีน", "COVID", "ให้", "ประชาชน", " ", "500",
                                        " ", "คน"]
    assert [t.kind for t in tokens][:3] == ["thai", "thai", "latin"]
    for t in tokens:
        assert text[t.start:t.end] == t.text


def test_long_run_without_spaces():
    text = "ผู้ว่าราชการจังหวัดลพบุรีลงพื้นที่เยี่ยมเกษตรกร" * 20000
    out = thainews.segment(text)
    assert "".join(out) == text
    assert len(out) > 20000 * 5


def test_one_segmenter_many_threads():
    segmenter = thainews.Segmenter(granularity="compound")
    texts = [f"ผู้ว่าราชการจังหวัดลพบุรีเป็นประธานการประชุม {i} ครั้ง" * (i % 7 + 1)
             for i in range(60)]
    expected = [segmenter.segment(t) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(segmenter.segment, texts * 5))
    assert got == expected * 5
