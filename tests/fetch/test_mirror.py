"""Downloads from a mirror: a folder or an http(s) server laid out <name>/<date>/<file>."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from listwatch.errors import FetchError
from tests.fetch.conftest import Dpl, Sdn, SdnHistory, Server, make, run

# --- folder mirror --------------------------------------------------------------------


def test_folder_mirror_latest_sdn(shared_data: Path) -> None:
    result = run(make(Sdn), mirror=str(shared_data))
    assert result.date == "2024-05-03"  # ofac_sdn/2024-05-03 beats ofac_sdn_history/2024-05-01
    path = shared_data / "ofac_sdn" / "2024-05-03" / "sdn.csv"
    assert result.files == {"sdn.csv": path.read_bytes()}
    assert result.origin == {"sdn.csv": str(path)}
    again = run(make(Sdn), result.validators, mirror=str(shared_data))
    assert again.not_modified and again.files == {}


def test_folder_mirror_gz_and_dpl(shared_data: Path) -> None:
    result = run(make(SdnHistory), mirror=str(shared_data))
    assert result.date == "2024-05-01"
    gz = shared_data / "ofac_sdn_history" / "2024-05-01" / "sdn.csv.gz"
    assert result.files == {"sdn.csv": gzip.decompress(gz.read_bytes())}
    dpl = run(make(Dpl), mirror=str(shared_data))
    assert dpl.date == "2022-09-07"
    assert dpl.files == {"dpl.txt": (shared_data / "bis_dpl/2022-09-07/dpl.txt").read_bytes()}


def test_folder_mirror_skips_dates_without_required_files(
    tmp_path: Path, shared_data: Path
) -> None:
    (tmp_path / "bis_dpl" / "2023-01-01").mkdir(parents=True)  # empty, newer
    (tmp_path / "bis_dpl" / "2022-09-07").mkdir()
    shutil.copyfile(
        shared_data / "bis_dpl/2022-09-07/dpl.txt", tmp_path / "bis_dpl/2022-09-07/dpl.txt"
    )
    assert run(make(Dpl), mirror=str(tmp_path)).date == "2022-09-07"


def test_folder_mirror_without_the_source(tmp_path: Path) -> None:
    with pytest.raises(FetchError) as err:
        run(make(Sdn), mirror=str(tmp_path))
    assert "us_ofac_sdn, ofac_sdn, ofac_sdn_history" in str(err.value)
    with pytest.raises(FetchError, match="does not exist"):
        run(make(Sdn), mirror=str(tmp_path / "nope"))


# --- URL mirror -----------------------------------------------------------------------


def test_url_mirror(server: Server, shared_data: Path) -> None:
    mirror = f"{server.url}/mirror/"
    result = run(make(Sdn), mirror=mirror)
    assert result.date == "2024-05-03"
    assert result.files == {"sdn.csv": (shared_data / "ofac_sdn/2024-05-03/sdn.csv").read_bytes()}
    assert result.origin == {"sdn.csv": f"{server.url}/mirror/ofac_sdn/2024-05-03/sdn.csv"}
    assert server.hits("/mirror/us_ofac_sdn/")[0][0] == 404  # names are tried in order
    again = run(make(Sdn), result.validators, mirror=mirror)
    assert again.not_modified and again.date == "2024-05-03"
    assert server.hits("/mirror/ofac_sdn/2024-05-03/sdn.csv")[-1][0] == 304


def test_url_mirror_gz_and_dpl(server: Server, shared_data: Path) -> None:
    mirror = f"{server.url}/mirror"
    result = run(make(SdnHistory), mirror=mirror)
    assert result.date == "2024-05-01"
    gz = shared_data / "ofac_sdn_history" / "2024-05-01" / "sdn.csv.gz"
    assert result.files == {"sdn.csv": gzip.decompress(gz.read_bytes())}
    assert result.origin["sdn.csv"].endswith("/2024-05-01/sdn.csv.gz")
    dpl = run(make(Dpl), mirror=mirror)
    assert dpl.date == "2022-09-07"
    assert dpl.files == {"dpl.txt": (shared_data / "bis_dpl/2022-09-07/dpl.txt").read_bytes()}


def test_url_mirror_without_the_source(server: Server) -> None:
    with pytest.raises(FetchError, match="us_ofac_sdn, ofac_sdn, ofac_sdn_history"):
        run(make(Sdn), mirror=f"{server.url}/official")
