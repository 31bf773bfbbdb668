"""Bad input: one line naming the file and the problem; a batch goes on past it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import exhibit5
from tests.shared import EXAMPLES


def _blank_pdf() -> bytes:
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


BAD: dict[str, tuple[bytes | None, str]] = {
    "missing.txt": (None, "no such file"),
    "empty.txt": (b"  \n\n", "empty file"),
    "blob.bin": (bytes(range(256)) * 8, "binary file, not a letter"),
    "logo.png": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "unknown format (PNG image)"),
    "scan.pdf": (_blank_pdf(), "PDF has no text layer (scanned image); OCR is not performed"),
    "cut.txt": (
        b"<SEC-DOCUMENT>x.txt : 20240101\n<SEC-HEADER>\n</SEC-HEADER>\n"
        b"<DOCUMENT>\n<TYPE>EX-5\n<TEXT>\n",
        "truncated SGML: document 1 has no </DOCUMENT>",
    ),
}


def _write(tmp_path: Path, name: str) -> Path:
    data = BAD[name][0]
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    return path


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_error_names_file_and_problem(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, name)
    with pytest.raises(exhibit5.ReadError) as info:
        exhibit5.read(path)
    assert str(info.value) == f"{path}: {BAD[name][1]}"
    assert "\n" not in str(info.value)


def test_cli_batch_reports_each_bad_file_and_reads_the_rest(tmp_path: Path) -> None:
    bad = [_write(tmp_path, name) for name in sorted(BAD)]
    good = EXAMPLES / "letters" / "larkspur-s8.txt"
    args = [str(p) for p in bad[:3]] + [str(good)] + [str(p) for p in bad[3:]]
    run = subprocess.run(
        [sys.executable, "-m", "exhibit5", "read", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    errors = run.stderr.strip().splitlines()
    assert errors == [f"error: {p}: {BAD[p.name][1]}" for p in bad]
    assert "We have acted as counsel to Larkspur Instruments, Inc." in run.stdout


def test_cli_read_json_and_version() -> None:
    import json

    good = EXAMPLES / "letters" / "larkspur-s8.txt"
    run = subprocess.run(
        [sys.executable, "-m", "exhibit5", "read", "--json", str(good)],
        capture_output=True,
        text=True,
        check=True,
    )
    record = json.loads(run.stdout)
    assert record["meta"]["format"] == "text" and record["meta"]["type"] is None
    assert record["text"].startswith("EXHIBIT 5.1\n\nALDER & QUINCE LLP\n")
    assert record["page_breaks"] and record["segments"] > 1
    version = subprocess.run(
        [sys.executable, "-m", "exhibit5", "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"exhibit5 {exhibit5.__version__}"
