"""Every example matter renders in every format; the outputs follow EDGAR's rules."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from exhibit5 import read
from exhibit5.draft import FORMATS, draft, load_matter, parse_matter, validate_edgar_html
from exhibit5.draft.edgar_html import edgar_html_errors
from exhibit5.draft.render.text import NotAsciiError
from tests.shared import EXAMPLES

MATTERS = sorted(EXAMPLES.glob("*.yaml"))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("path", MATTERS, ids=lambda p: p.stem)
def test_every_example_renders_and_reads_back(path: Path, fmt: str, tmp_path: Path) -> None:
    matter, _ = load_matter(path)
    outputs = draft(matter, fmt)  # type: ignore[arg-type]
    expected = 2 if matter.consent.placement == "separate" else 1
    assert len(outputs) == expected
    for output in outputs:
        file = tmp_path / output.filename
        file.write_bytes(output.data)
        docs = list(read(file))
        assert len(docs) == 1
        # The issuer's name and the counsel's signature come back through the reader.
        text = docs[0].text
        assert matter.issuer.name in text
        signed = matter.counsel.signatory.name if matter.counsel.signatory else matter.counsel.name
        assert f"/s/ {signed}" in text and matter.counsel.name in text


@pytest.mark.parametrize("path", MATTERS, ids=lambda p: p.stem)
def test_text_is_edgar_ascii(path: Path) -> None:
    matter, _ = load_matter(path)
    for output in draft(matter, "text"):
        text = output.data.decode("ascii")
        for line in text.splitlines():
            assert len(line) <= 80, line
            assert all(32 <= ord(ch) < 127 for ch in line), line
        assert "\t" not in text


@pytest.mark.parametrize("path", MATTERS, ids=lambda p: p.stem)
def test_validator_accepts_every_draft(path: Path) -> None:
    matter, _ = load_matter(path)
    for output in draft(matter, "html"):
        assert validate_edgar_html(output.data) == []
        assert output.filename.endswith(".htm") and len(output.filename) <= 32


GOOD = "<html><head><title>x</title></head><body><p>Fine.</p>{}</body></html>"


@pytest.mark.parametrize(
    ("snippet", "code", "reason"),
    [
        ("<script>alert(1)</script>", "disallowedElement", "<script> is not allowed"),
        ('<img src="https://example.com/logo.jpg">', "externalReference", "external image"),
        ('<img src="data:image/gif;base64,R0lGOD">', "graphicDataUrl", "data: URL"),
        ('<img src="logo.png">', "graphicFileType", "not a .jpg or .gif"),
        ("<form><input></form>", "disallowedElement", "<form> is not allowed"),
        ("<marquee>hi</marquee>", "disallowedElement", "<marquee> is not allowed"),
        ('<p onclick="go()">x</p>', "disallowedAttribute", "event handler onclick"),
        ('<a href="javascript:go()">x</a>', "activeContent", "runs script"),
        ('<a href="https://example.com/">x</a>', "externalReference", "points outside"),
        (
            "<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>",
            "nestedTable",
            "nested <table>",
        ),
        ('<p style="background:url(x.gif)">x</p>', "externalReference", "url()"),
        ("<p>caf\u00e9</p>", "EFM.5.02.01.01", "non-ASCII"),
    ],
)
def test_validator_rejects_bad_html_with_reason(snippet: str, code: str, reason: str) -> None:
    errors = edgar_html_errors(GOOD.format(snippet))
    assert errors, snippet
    assert any(code in e.code and reason in e.message for e in errors), [str(e) for e in errors]
    assert all(e.line == 1 for e in errors if e.code != "EFM.5.02.02.02")


def test_validator_allows_archives_links_and_attached_images() -> None:
    html = GOOD.format(
        '<a href="https://www.sec.gov/Archives/edgar/data/123/000012300025000001/ex4-1.htm">'
        'Indenture</a><img src="logo.jpg" alt="logo"><a href="#top">top</a>'
    )
    assert validate_edgar_html(html) == []


def test_validator_warns_on_unrecognized_tags() -> None:
    problems = validate_edgar_html(GOOD.format("<span>x</span>"))
    assert [(p.severity, p.code) for p in problems] == [
        ("warning", "EFM.5.02.02.03.unrecognizedElement")
    ]


def test_docx_has_real_numbering_and_paragraphs(tmp_path: Path) -> None:
    matter, _ = load_matter(EXAMPLES / "harbor-lane-s3-maryland-shelf.yaml")
    data = draft(matter, "docx")[0].data
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        body = z.read("word/document.xml").decode()
        numbering = z.read("word/numbering.xml").decode()
    assert body.count("<w:numPr>") >= 12  # securities, documents and opinion lists
    for fmt in ("lowerLetter", "lowerRoman", "decimal"):
        assert f'w:val="{fmt}"' in numbering
    # The reader renders the labels from the numbering part, in order and restarting.
    file = tmp_path / "ex5-1.docx"
    file.write_bytes(data)
    text = next(iter(read(file))).text
    assert "(i) shares of the Company's common stock" in text
    assert "(a) the Registration Statement" in text
    assert "\n\n1. With respect to the Common Stock" in text


def _nonwhite_fraction(png: Path) -> float:
    from PIL import Image

    with Image.open(png) as image:
        gray = image.convert("L")
        histogram = gray.histogram()
    dark = sum(histogram[:200])
    return dark / sum(histogram)


@pytest.mark.skipif(
    shutil.which("libreoffice") is None or shutil.which("pdftoppm") is None,
    reason="needs libreoffice and pdftoppm (run scripts/install-system-packages)",
)
def test_docx_converts_to_pdf_in_libreoffice_and_first_page_is_not_blank(tmp_path: Path) -> None:
    matter, _ = load_matter(EXAMPLES / "bramblewood-s8-delaware.yaml")
    docx = tmp_path / "ex5-1.docx"
    docx.write_bytes(draft(matter, "docx")[0].data)
    subprocess.run(
        ["libreoffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / "ex5-1.pdf"
    assert pdf.stat().st_size > 1000
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    png = next(tmp_path.glob("page*.png"))
    assert _nonwhite_fraction(png) > 0.01
    # And the text layer LibreOffice wrote carries the letter.
    text = next(iter(read(pdf))).text
    assert "Bramblewood Therapeutics, Inc." in text and "non-assessable" in text


def test_weasyprint_pdf_first_page_is_not_blank(tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("needs pdftoppm (run scripts/install-system-packages)")
    matter, _ = load_matter(EXAMPLES / "quillon-s1-newyork.yaml")
    pdf = tmp_path / "ex5-1.pdf"
    pdf.write_bytes(draft(matter, "pdf")[0].data)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    assert _nonwhite_fraction(next(tmp_path.glob("page*.png"))) > 0.01


def test_non_ascii_facts_are_folded_in_text_and_escaped_in_html() -> None:
    text = (EXAMPLES / "quillon-s1-newyork.yaml").read_text()
    matter, _ = parse_matter(text.replace("Quillon Robotics", "Quillón Robótica"), "m.yaml")
    plain = draft(matter, "text")[0].data.decode("ascii")
    assert "Quillon Robotica Corp., a New York corporation" in " ".join(plain.split())
    html = draft(matter, "html")[0].data.decode("ascii")
    assert "Quill&#243;n Rob&#243;tica Corp." in html
    assert validate_edgar_html(html) == []


def test_character_edgar_text_cannot_hold_is_an_error() -> None:
    text = (EXAMPLES / "quillon-s1-newyork.yaml").read_text()
    matter, _ = parse_matter(text.replace("Quillon Robotics", "Quillon \u20acRobotics"), "m.yaml")
    with pytest.raises(NotAsciiError, match="U\\+20AC"):
        draft(matter, "text")
