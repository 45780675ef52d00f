import thainews


def test_version_matches_package():
    assert thainews.__version__ == "0.1.0"
