"""Download filings into a local mirror laid out like EDGAR's Archives, politely.

EDGAR refuses anonymous clients and throttles anyone above ten requests a second, so every
request carries a declared ``User-Agent`` ("Name email"), requests are spaced by a rate limit,
and 429/5xx answers are retried with exponential backoff (honouring ``Retry-After``).
A file is written to ``<name>.part`` and renamed when complete: a finished file is never
downloaded again and an interrupted one never looks finished.
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from exhibit5.corpus.discover import IndexRow

ARCHIVES_URL = "https://www.sec.gov/Archives/"
MAX_RATE = 10.0  # requests per second; EDGAR's published fair-access limit
_RETRY_STATUS = {429, 500, 502, 503, 504}
_USER_AGENT = re.compile(r"\S+.*\s\S+@\S+\.\S+")
_EX5_TYPE = re.compile(r"^EX-5\b", re.IGNORECASE)
_CHUNK = 1 << 16


class FetchError(ValueError):
    """Bad fetch settings (one line)."""


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What happened to one file: ``fetched``, ``skipped`` (already in the mirror) or ``failed``."""

    url: str
    path: Path
    status: str
    reason: str = ""


class RateLimiter:
    """Spaces successive calls at least ``1 / rate`` seconds apart."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        self._next = 0.0

    def wait(self) -> None:
        now = time.monotonic()
        if now < self._next:
            time.sleep(self._next - now)
            now = self._next
        self._next = now + self.interval


class _TransientError(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class Fetcher:
    """One polite HTTP client for the Archives (or any server with the same layout)."""

    def __init__(
        self,
        mirror: str | Path,
        user_agent: str,
        *,
        base_url: str = ARCHIVES_URL,
        rate: float = MAX_RATE,
        retries: int = 4,
        backoff: float = 1.0,
        timeout: float = 30.0,
    ) -> None:
        if not _USER_AGENT.fullmatch(user_agent.strip()):
            raise FetchError(
                f"user agent {user_agent!r} must name you and give an email, "
                "e.g. 'Jane Doe jane@example.com' (EDGAR refuses anonymous clients)"
            )
        if not 0 < rate <= MAX_RATE:
            raise FetchError(f"rate {rate} must be above 0 and at most {MAX_RATE} requests/second")
        self.mirror = Path(mirror)
        self.user_agent = user_agent.strip()
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.limiter = RateLimiter(rate)
        self.retries = retries
        self.backoff = backoff
        self.timeout = timeout

    def _attempt(self, url: str, part: Path) -> None:
        request = urllib.request.Request(
            url, headers={"User-Agent": self.user_agent, "Accept-Encoding": "identity"}
        )
        self.limiter.wait()
        try:
            with (
                urllib.request.urlopen(request, timeout=self.timeout) as response,
                part.open("wb") as out,
            ):
                shutil.copyfileobj(response, out, _CHUNK)
                expected = response.headers.get("Content-Length")
                # read(n) returns short at EOF instead of raising: check the length ourselves.
                if expected is not None and out.tell() != int(expected):
                    raise http.client.IncompleteRead(b"", int(expected) - out.tell())
        except urllib.error.HTTPError as exc:
            if exc.code in _RETRY_STATUS:
                after = exc.headers.get("Retry-After", "")
                raise _TransientError(
                    f"HTTP {exc.code}", float(after) if after.isdigit() else None
                ) from exc
            raise
        except (urllib.error.URLError, http.client.HTTPException, TimeoutError, OSError) as exc:
            raise _TransientError(f"{type(exc).__name__}: {exc}") from exc

    def _retrieve(self, url: str, part: Path) -> None:
        """Stream ``url`` into ``part``, retrying 429/5xx and network errors with backoff."""
        for attempt in range(self.retries + 1):
            try:
                self._attempt(url, part)
                return
            except _TransientError as exc:
                if attempt == self.retries:
                    raise
                delay = self.backoff * 2**attempt
                time.sleep(min(exc.retry_after, 60.0) if exc.retry_after is not None else delay)

    def _local(self, url: str) -> Path:
        """Mirror path of ``url``: its path relative to the Archives root."""
        base_path = urlsplit(self.base_url).path
        path = urlsplit(url).path
        if path.startswith(base_path):
            path = path[len(base_path) :]
        return self.mirror / path.lstrip("/")

    def download(self, url: str) -> FetchResult:
        """Fetch ``url`` into the mirror unless it is already there."""
        target = self._local(url)
        if target.exists():
            return FetchResult(url, target, "skipped")
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_name(target.name + ".part")
        try:
            self._retrieve(url, part)
        except (_TransientError, urllib.error.HTTPError) as exc:
            part.unlink(missing_ok=True)
            return FetchResult(url, target, "failed", str(exc))
        os.replace(part, target)
        return FetchResult(url, target, "fetched")

    def fetch_row(self, row: IndexRow, what: str = "submission") -> list[FetchResult]:
        """Fetch one filing: the full submission ``.txt``, or its index page and EX-5 files."""
        if what == "submission":
            return [self.download(urljoin(self.base_url, row.filename))]
        if what != "exhibits":
            raise FetchError(f"unknown fetch mode {what!r} (submission or exhibits)")
        index_url = urljoin(self.base_url, f"edgar/data/{row.cik}/{row.accession}-index.htm")
        first = self.download(index_url)
        if first.status == "failed":
            return [first]
        html = first.path.read_text(encoding="utf-8", errors="replace")
        results = [first]
        for href in exhibit_links(html):
            results.append(self.download(urljoin(index_url, href)))
        return results


class _IndexTable(HTMLParser):
    """Collects the rows of an EDGAR filing index page: each cell's text and first link."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[tuple[str, str | None]]] = []
        self._cell: list[str] | None = None
        self._href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th") and self.rows:
            self._cell, self._href = [], None
        elif tag == "a" and self._cell is not None and self._href is None:
            self._href = dict(attrs).get("href")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(("".join(self._cell).strip(), self._href))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def exhibit_links(index_html: str) -> list[str]:
    """Links to the EX-5 documents listed on a filing index page (``Type`` column EX-5*)."""
    parser = _IndexTable()
    parser.feed(index_html)
    links = []
    for row in parser.rows:
        href = next((h for _, h in row if h), None)
        if href and any(_EX5_TYPE.match(text) for text, _ in row):
            links.append(href)
    return links


def fetch(
    rows: Iterable[IndexRow],
    mirror: str | Path,
    user_agent: str,
    *,
    what: str = "submission",
    base_url: str = ARCHIVES_URL,
    rate: float = MAX_RATE,
    retries: int = 4,
    backoff: float = 1.0,
) -> Iterator[FetchResult]:
    """Fetch every listed filing into ``mirror``; yields one result per file."""
    fetcher = Fetcher(
        mirror, user_agent, base_url=base_url, rate=rate, retries=retries, backoff=backoff
    )
    for row in rows:
        yield from fetcher.fetch_row(row, what)
