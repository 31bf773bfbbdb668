"""Fetching against a local HTTP server started by the test (nothing leaves the machine)."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from exhibit5.corpus.discover import IndexRow
from exhibit5.corpus.fetch import Fetcher, FetchError, exhibit_links, fetch

UA = "Test Runner tests@example.com"

FOLDER = "/Archives/edgar/data/1000001/000100000111000012"
EX5_URL = f"{FOLDER}/ex5-1.htm"
INDEX_PAGE = f"""<html><body><table class="tableFile" summary="Document Format Files">
<tr><th>Seq</th><th>Description</th><th>Document</th><th>Type</th><th>Size</th></tr>
<tr><td>1</td><td>FORM S-8</td><td><a href="{FOLDER}/s8.htm">s8.htm</a></td>
<td>S-8</td><td>100</td></tr>
<tr><td>2</td><td>OPINION OF COUNSEL</td><td><a href="{EX5_URL}">ex5-1.htm</a></td>
<td>EX-5.1</td><td>40</td></tr>
<tr><td>3</td><td>CONSENT</td><td><a href="{FOLDER}/ex23-1.htm">ex23-1.htm</a></td>
<td>EX-23.1</td><td>20</td></tr>
</table></body></html>"""


class Server:
    """Serves ``files`` under /Archives/; ``failures[path]`` = statuses to answer first."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.failures: dict[str, list[int]] = {}
        self.truncate: set[str] = set()
        self.log: list[tuple[float, str, str]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.log.append((time.monotonic(), self.path, self.headers["User-Agent"]))
                pending = server.failures.get(self.path)
                if pending:
                    self.send_response(pending.pop(0))
                    self.send_header("Retry-After", "0")
                    self.end_headers()
                    return
                body = server.files.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.path in server.truncate:
                    self.wfile.write(body[: len(body) // 2])
                    self.close_connection = True
                    return
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/Archives/"

    def paths(self) -> list[str]:
        return [p for _, p, _ in self.log]


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    thread = threading.Thread(target=srv.httpd.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


def row(cik: str, acc: str) -> IndexRow:
    return IndexRow(cik, "X CORP", "S-8", "2011-10-03", f"edgar/data/{cik}/{acc}.txt", acc)


def test_fetches_into_archives_layout_then_resumes_without_requests(
    server: Server, tmp_path: Path
) -> None:
    rows = [row("1000001", f"0001000001-11-00001{i}") for i in range(4)]
    for r in rows:
        server.files[f"/Archives/{r.filename}"] = f"<SEC-DOCUMENT>{r.accession}".encode()
    results = list(fetch(rows, tmp_path, UA, base_url=server.base_url))
    assert [r.status for r in results] == ["fetched"] * 4
    target = tmp_path / "edgar/data/1000001/0001000001-11-000012.txt"
    assert target.read_bytes() == b"<SEC-DOCUMENT>0001000001-11-000012"
    assert {ua for _, _, ua in server.log} == {UA}
    before = len(server.log)
    again = list(fetch(rows, tmp_path, UA, base_url=server.base_url))
    assert [r.status for r in again] == ["skipped"] * 4
    assert len(server.log) == before


def test_rate_limit_spaces_requests(server: Server, tmp_path: Path) -> None:
    rows = [row("7", f"0000000007-11-00000{i}") for i in range(6)]
    for r in rows:
        server.files[f"/Archives/{r.filename}"] = b"x"
    list(fetch(rows, tmp_path, UA, base_url=server.base_url, rate=5))
    times = [t for t, _, _ in server.log]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.18  # 5 requests/second


def test_retries_429_and_5xx_then_succeeds(server: Server, tmp_path: Path) -> None:
    r = row("8", "0000000008-11-000001")
    server.files[f"/Archives/{r.filename}"] = b"payload"
    server.failures[f"/Archives/{r.filename}"] = [429, 503, 500]
    [result] = fetch([r], tmp_path, UA, base_url=server.base_url, backoff=0.01)
    assert result.status == "fetched"
    assert server.paths().count(f"/Archives/{r.filename}") == 4


def test_gives_up_and_leaves_no_half_written_file(server: Server, tmp_path: Path) -> None:
    gone = row("9", "0000000009-11-000001")
    cut = row("9", "0000000009-11-000002")
    server.files[f"/Archives/{cut.filename}"] = b"y" * 50_000
    server.truncate.add(f"/Archives/{cut.filename}")
    server.failures[f"/Archives/{gone.filename}"] = [503] * 10
    results = list(
        fetch([gone, cut], tmp_path, UA, base_url=server.base_url, retries=2, backoff=0.01)
    )
    assert [r.status for r in results] == ["failed", "failed"]
    assert results[0].reason == "HTTP 503"
    assert "IncompleteRead" in results[1].reason
    assert not any(p.is_file() for p in tmp_path.rglob("*"))
    missing = row("9", "0000000009-11-000003")
    [result] = fetch([missing], tmp_path, UA, base_url=server.base_url)
    assert result.status == "failed" and "404" in result.reason


def test_exhibits_mode_fetches_index_page_and_ex5_only(server: Server, tmp_path: Path) -> None:
    r = row("1000001", "0001000001-11-000012")
    server.files["/Archives/edgar/data/1000001/0001000001-11-000012-index.htm"] = (
        INDEX_PAGE.encode()
    )
    server.files[EX5_URL] = b"<p>opinion</p>"
    results = list(fetch([r], tmp_path, UA, base_url=server.base_url, what="exhibits"))
    assert [x.status for x in results] == ["fetched", "fetched"]
    folder = tmp_path / FOLDER.removeprefix("/Archives/")
    assert (folder / "ex5-1.htm").read_bytes() == b"<p>opinion</p>"
    assert not (folder / "ex23-1.htm").exists()


def test_index_page_links() -> None:
    assert exhibit_links(INDEX_PAGE) == [EX5_URL]


@pytest.mark.parametrize("ua", ["", "python-urllib", "Jane Doe"])
def test_anonymous_clients_are_refused(ua: str, tmp_path: Path) -> None:
    with pytest.raises(FetchError, match="user agent"):
        Fetcher(tmp_path, ua)


def test_rate_above_edgar_limit_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FetchError, match="at most 10"):
        Fetcher(tmp_path, UA, rate=20)
