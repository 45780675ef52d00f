"""The thainews command: output forms, errors, exit status."""

import json
import subprocess

import pytest

RELEASE = "ข่าวทดสอบจากจังหวัด\nเนื้อหาข่าว ๒ บรรทัด\n"


def run(cli, *args, stdin=None):
    return subprocess.run([cli, *args], input=stdin, capture_output=True, timeout=120)


@pytest.fixture
def files(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(RELEASE, encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("ข่าวที่สอง\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes("ข่าว".encode() + b"\xc3\x28")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    return {"good": good, "other": other, "bad": bad, "empty": empty, "dir": tmp_path}


def test_one_file_gives_pretty_json_with_source(cli, files):
    r = run(cli, "extract", str(files["good"]))
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert out.startswith("{\n  \"schema\": \"thainews/1\"")
    obj = json.loads(out)
    assert obj["source"] == str(files["good"])
    assert obj["headline"] == "ข่าวทดสอบจากจังหวัด"
    for field in ("dates", "officials", "provinces", "districts", "attendance", "issues"):
        assert obj[field] == [] or isinstance(obj[field], list)


def test_several_files_give_json_lines_and_jsonl_forces_it(cli, files):
    r = run(cli, "extract", str(files["good"]), str(files["other"]))
    lines = r.stdout.decode().splitlines()
    assert [json.loads(l)["source"] for l in lines] == [str(files["good"]), str(files["other"])]
    r = run(cli, "extract", "--jsonl", str(files["good"]))
    assert len(r.stdout.decode().splitlines()) == 1


def test_cli_json_equals_the_python_objects(cli, files):
    import thainews

    obj = json.loads(run(cli, "extract", str(files["good"])).stdout)
    article = thainews.Extractor().extract_file(files["good"])
    assert obj == article.to_dict()


def test_bad_files_are_reported_and_the_others_still_processed(cli, files):
    r = run(cli, "extract", str(files["good"]), str(files["bad"]), str(files["empty"]),
            str(files["dir"] / "missing.txt"), str(files["dir"]), str(files["other"]))
    assert r.returncode == 1
    sources = [json.loads(l)["source"] for l in r.stdout.decode().splitlines()]
    assert sources == [str(files["good"]), str(files["other"])]
    errors = r.stderr.decode().strip().splitlines()
    assert len(errors) == 4
    joined = "\n".join(errors)
    assert f"{files['bad']}: invalid UTF-8 at byte 12" in joined
    assert f"{files['empty']}: empty input" in joined
    assert "missing.txt: No such file or directory" in joined
    assert "is a directory" in joined


def test_replacement_and_encodings(cli, files):
    r = run(cli, "extract", "--errors", "replace", str(files["bad"]))
    assert r.returncode == 0
    assert json.loads(r.stdout)["headline"] == "ข่าว\ufffd("
    tis = files["dir"] / "tis.txt"
    tis.write_bytes("ข่าวเก่า\n".encode("cp874"))
    r = run(cli, "extract", "--encoding=tis-620", str(tis))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["headline"] == "ข่าวเก่า"


def test_stdin_and_limits(cli, files):
    r = run(cli, "extract", "-", stdin=RELEASE.encode())
    assert json.loads(r.stdout)["source"] == "<stdin>"
    r = run(cli, "extract", "--max-bytes", "10", str(files["good"]))
    assert r.returncode == 1 and b"over the limit" in r.stderr


def test_segment_gives_one_line_per_input_line(cli):
    text = "ประชุมประจำเดือน\n\nพ.ศ.2566 เวลา 10.00 น.\r\n"
    r = run(cli, "segment", "-", stdin=text.encode())
    assert r.returncode == 0
    lines = r.stdout.decode().split("\n")
    assert lines[-1] == "" and len(lines) - 1 == 3
    assert lines[1] == ""
    assert lines[2].startswith("พ.ศ.|2566| |เวลา| |10.00| |น.")
    r = run(cli, "segment", "--sep", " / ", "-", stdin="ประชุมประจำเดือน".encode())
    assert " / " in r.stdout.decode()


def test_usage_errors_exit_2(cli):
    assert run(cli).returncode == 2
    assert run(cli, "frobnicate").returncode == 2
    r = run(cli, "extract", "--engine", "nonesuch", "-", stdin=b"x")
    assert r.returncode == 2 and b"unknown segmentation engine" in r.stderr
    assert run(cli, "extract", "--bogus", "-").returncode == 2
    r = run(cli, "--version")
    assert r.returncode == 0 and r.stdout.decode().startswith("thainews ")
    assert b"usage:" in run(cli, "--help").stdout
