"""The Python package as users call it: types, offsets, errors, batches."""

import datetime
import json
import pickle
import threading

import pytest

import thainews
from conftest import assert_spans_are_slices

RELEASE = (
    "วันอังคารที่ 14 พฤศจิกายน 2566\n"
    "\n"
    "จังหวัดทดสอบ จัดประชุมประชาคมหมู่บ้าน 😀 ครั้งที่ ๒\n"
    "เมื่อวันที่ 14 พฤศจิกายน 2566 นายทดสอบ ตัวอย่าง ปลัดจังหวัด เป็นประธาน\n"
)


@pytest.fixture(scope="module")
def extractor():
    return thainews.Extractor()


def test_version():
    assert thainews.__version__ == "0.1.0"


def test_segment_keeps_whitespace_so_words_join_back_to_the_text():
    text = "ผู้ว่าราชการจังหวัดลพบุรี เป็นประธาน พ.ศ.2565 เวลา 10.00 น."
    words = thainews.segment(text)
    assert "".join(words) == text
    assert "พ.ศ." in words and "10.00" in words
    assert " " not in thainews.segment(text, keep_whitespace=False)


def test_segment_engines_and_granularity():
    text = "ผู้ว่าราชการจังหวัดลพบุรีเป็นประธาน"
    for engine in ("default", "libthai", "icu"):
        assert "".join(thainews.segment(text, engine=engine)) == text
    assert "ผู้ว่าราชการจังหวัด" in thainews.segment(text, granularity="compound")
    with pytest.raises(thainews.Error) as e:
        thainews.segment(text, engine="nonesuch")
    assert e.value.code == "invalid_argument"


def test_segmenter_words_and_tokenize_offsets_are_code_points():
    segmenter = thainews.Segmenter(words=["โคกสำโรง"])
    text = "😀 ประชุมที่อำเภอโคกสำโรง ๒๕๖๖"
    tokens = segmenter.tokenize(text)
    assert "โคกสำโรง" in [t.text for t in tokens]
    for t in tokens:
        assert text[t.start:t.end] == t.text
    assert tokens[-1].kind == "number"
    assert segmenter.engine in ("thainews", "libthai", "icu")


def test_segmenter_dictionary_file(tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("# our words\nประชาคม\n", encoding="utf-8")
    assert "ประชาคม" in thainews.Segmenter(dictionary=str(words)).segment("ประชุมประชาคม")
    with pytest.raises(thainews.Error) as e:
        thainews.Segmenter(dictionary=str(tmp_path / "missing.txt"))
    assert e.value.code == "io_error"


def test_extract_returns_typed_read_only_objects(extractor):
    article = extractor.extract(RELEASE)
    assert isinstance(article, thainews.Article)
    assert article.headline == "จังหวัดทดสอบ จัดประชุมประชาคมหมู่บ้าน 😀 ครั้งที่ ๒"
    assert article.text == RELEASE
    for field in ("dates", "officials", "provinces", "districts", "attendance", "issues"):
        assert isinstance(getattr(article, field), tuple)
    with pytest.raises(AttributeError):
        article.headline = "x"
    assert_spans_are_slices(article)


def test_to_dict_and_to_json_follow_the_schema(extractor):
    article = extractor.extract(RELEASE)
    d = article.to_dict()
    assert d["schema"] == "thainews/1"
    for field in ("dates", "officials", "provinces", "districts", "attendance", "issues"):
        assert isinstance(d[field], list)
    assert json.loads(article.to_json()) == d
    d["headline"] = "changed"
    assert article.to_dict()["headline"] == article.headline  # a copy, not the inside


def test_bytes_input_in_tis620(extractor):
    tis = "ข่าวลพบุรี\nเนื้อหา".encode("cp874")
    article = extractor.extract(tis, encoding="tis-620")
    assert article.headline == "ข่าวลพบุรี"
    assert article.text == "ข่าวลพบุรี\nเนื้อหา"
    with pytest.raises(thainews.Error):
        extractor.extract(tis)  # not UTF-8
    assert extractor.extract(tis, encoding="auto").headline == "ข่าวลพบุรี"


def test_invalid_bytes_raise_with_the_byte_offset(extractor):
    data = "ข่าว\n".encode() + b"\xff" + "ดี".encode()
    with pytest.raises(thainews.Error) as e:
        extractor.extract(data)
    assert e.value.code == "invalid_input"
    assert e.value.offset == len("ข่าว\n".encode())
    assert isinstance(e.value, ValueError)
    article = extractor.extract(data, errors="replace")
    assert article.text == data.decode("utf-8", "replace")


def test_str_errors_count_code_points(extractor):
    with pytest.raises(thainews.Error) as e:
        extractor.extract("ข่าว\x00ดี")
    assert e.value.offset == 4
    with pytest.raises(thainews.Error) as e:
        extractor.extract("ข่าว\ud800ดี")
    assert e.value.offset == 4
    replaced = extractor.extract("ข่าว\ud800ดี", errors="replace")
    assert replaced.text == "ข่าว\ufffdดี"


def test_empty_and_too_large_inputs(extractor):
    for empty in ("", "   \n", b""):
        with pytest.raises(thainews.Error) as e:
            extractor.extract(empty)
        assert e.value.code == "invalid_input"
    small = thainews.Extractor(max_bytes=16)
    with pytest.raises(thainews.Error) as e:
        small.extract("ข่าวที่ยาวเกินกำหนด")
    assert e.value.code == "input_too_large"
    with pytest.raises(thainews.Error):
        thainews.Extractor(max_bytes=0)
    with pytest.raises(TypeError):
        extractor.extract(42)


def test_errors_pickle():
    error = thainews.Error("bad", "invalid_input", 3, 7)
    again = pickle.loads(pickle.dumps(error))
    assert (again.message, again.code, again.offset, again.index) == ("bad", "invalid_input", 3, 7)


def test_extract_batch_keeps_order_and_reports_the_failing_index(extractor):
    texts = ["ข่าวหนึ่ง", "ข่าวสอง".encode(), b"\xff\xfe", "ข่าวสี่"]
    with pytest.raises(thainews.Error) as e:
        extractor.extract_batch(texts)
    assert e.value.index == 2
    results = extractor.extract_batch(texts, return_errors=True, num_threads=2)
    assert [r.headline for r in results if isinstance(r, thainews.Article)] == [
        "ข่าวหนึ่ง", "ข่าวสอง", "ข่าวสี่"]
    assert isinstance(results[2], thainews.Error) and results[2].index == 2
    assert extractor.extract_batch([]) == []


def test_iter_extract_streams_in_chunks(extractor, capsys):
    texts = (f"ข่าวที่ {n}\nเนื้อหา" for n in range(10))  # a generator: no len()
    headlines = [a.headline for a in extractor.iter_extract(texts, chunk_size=3, progress=True)]
    assert headlines == [f"ข่าวที่ {n}" for n in range(10)]
    assert "10 articles" in capsys.readouterr().err


def test_threads_share_one_extractor(extractor):
    texts = [RELEASE.replace("ทดสอบ", f"ทดสอบ{n}") for n in range(8)]
    expected = [extractor.extract(t).to_dict() for t in texts]
    results = [None] * len(texts)

    def work(i):
        results[i] = extractor.extract(texts[i]).to_dict()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == expected


def test_extract_file_names_the_source(extractor, tmp_path):
    path = tmp_path / "release.txt"
    path.write_bytes(RELEASE.encode())
    article = extractor.extract_file(path)
    assert article.source == str(path)
    assert article.to_dict()["source"] == str(path)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff")
    with pytest.raises(thainews.Error) as e:
        extractor.extract_file(bad)
    assert str(bad) in str(e.value)


def test_date_helpers():
    def date(kind, value):
        return thainews.Date(text="", start=0, end=0, kind=kind, value=value, era="BE")

    assert date("date", "2022-06-28").as_date() == datetime.date(2022, 6, 28)
    assert date("date_range", "2020-08-13/2020-08-25").as_range() == (
        datetime.date(2020, 8, 13), datetime.date(2020, 8, 25))
    assert date("month", "2024-02").as_range() == (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    assert date("year", "2022").as_range() == (datetime.date(2022, 1, 1), datetime.date(2022, 12, 31))
    assert date("year_range", "2023/2027").as_range()[1] == datetime.date(2027, 12, 31)
    assert date("fiscal_year", "2020-10-01/2021-09-30").as_range()[0] == datetime.date(2020, 10, 1)
    with pytest.raises(ValueError):
        date("month", "2024-02").as_date()


def test_to_dataframe(extractor):
    pd = pytest.importorskip("pandas")
    articles = extractor.extract_batch([RELEASE, "ข่าวสั้น"])
    frame = thainews.to_dataframe(articles, "dates")
    assert isinstance(frame, pd.DataFrame)
    assert {"article", "source"} <= set(frame.columns)
    assert len(frame) == sum(len(a.dates) for a in articles)
    with pytest.raises(ValueError):
        thainews.to_dataframe(articles, "nonsense")


def test_segment_words_stay_right_when_more_words_than_the_cache_holds():
    # Thousands of distinct words collide in the segmenter's cache of word
    # objects; every call must still return exactly its own words.
    segmenter = thainews.Segmenter()
    text = " ".join(f"word{n} ประชุม{n % 7}" for n in range(6000))
    for _ in range(2):
        words = segmenter.segment(text)
        assert "".join(words) == text
        assert words[0] == "word0" and words[-4] == "word5999"
    assert segmenter.segment("การประชุม การ") == ["การ", "ประชุม", " ", "การ"]
