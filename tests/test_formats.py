"""The same letter as plain text, HTML, DOCX and PDF normalizes to the same text."""

from __future__ import annotations

import html
import io
import re
import textwrap

import pytest

import exhibit5

# A short letter in the project's own words: (kind, text) blocks.
LETTER: list[tuple[str, str]] = [
    ("lines", "EXHIBIT 5.1"),
    ("lines", "Saltmarsh & Pike LLP\n41 Cannery Road\nMonterey, California 93940"),
    ("lines", "October 14, 2024"),
    ("lines", "Bluefin Analytics Corp.\n700 Tide Street\nSanta Cruz, California 95060"),
    ("lines", "Ladies and Gentlemen:"),
    (
        "para",
        "We have acted as counsel to Bluefin Analytics Corp., a California corporation (the "
        "\u201cCompany\u201d), in connection with its registration statement on Form S-8 (the "
        "\u201cRegistration Statement\u201d) covering 1,200,000 shares of its common stock, no par "
        "value (the \u201cShares\u201d), issuable under the Bluefin Analytics Corp. 2024 Omnibus "
        "Incentive Plan (the \u201cPlan\u201d).",
    ),
    ("para", "In giving this opinion we have reviewed the following documents:"),
    (
        "item",
        "(a) the Company\u2019s articles of incorporation and bylaws, each as in effect today;",
    ),
    ("item", "(b) the Plan and the resolutions of the board of directors adopting it; and"),
    ("item", "(c) the Registration Statement."),
    (
        "para",
        "Based on that review, it is our opinion that the Shares, when issued and paid for as the "
        "Plan provides, will be validly issued, fully paid and nonassessable.",
    ),
    (
        "para",
        "We consent to the filing of this opinion as an exhibit to the Registration Statement.",
    ),
    ("lines", "Very truly yours,\n/s/ Saltmarsh & Pike LLP"),
]


def as_text() -> str:
    out = []
    for kind, text in LETTER:
        if kind == "lines":
            out.append(text)
        else:
            indent = "    " if kind == "item" else ""
            out.append(textwrap.fill(text, 72, subsequent_indent=indent))
    return "\n\n".join(out) + "\n"


def as_html() -> str:
    body = "".join(
        "<p>" + "<br>".join(html.escape(line) for line in text.split("\n")) + "</p>\n"
        for _, text in LETTER
    )
    return (
        f"<html><head><style>p {{ margin: 0 0 12pt 0 }}</style></head><body>\n{body}</body></html>"
    )


def as_docx() -> bytes:
    from docx import Document

    document = Document()
    for _, text in LETTER:
        paragraph = document.add_paragraph()
        for k, line in enumerate(text.split("\n")):
            if k:
                paragraph.add_run().add_break()
            paragraph.add_run(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def as_pdf() -> bytes:
    from weasyprint import HTML

    return HTML(string=as_html()).write_pdf()


def test_text_html_and_docx_read_to_the_same_text() -> None:
    (text_doc,) = exhibit5.read(as_text().encode(), name="letter.txt")
    (html_doc,) = exhibit5.read(as_html().encode(), name="letter.htm")
    (docx_doc,) = exhibit5.read(as_docx(), name="letter.docx")
    assert (text_doc.meta.format, html_doc.meta.format, docx_doc.meta.format) == (
        "text",
        "html",
        "docx",
    )
    assert html_doc.text == text_doc.text
    assert docx_doc.text == text_doc.text
    # Soft wraps were joined, list items start their own lines, quotes are straight.
    assert re.search(r'^We have acted .* \(the "Plan"\)\.$', text_doc.text, re.M)
    assert re.findall(r"^\([abc]\) ", text_doc.text, re.M) == ["(a) ", "(b) ", "(c) "]


def test_pdf_reads_to_the_same_words() -> None:
    (text_doc,) = exhibit5.read(as_text().encode(), name="letter.txt")
    (pdf_doc,) = exhibit5.read(as_pdf(), name="letter.pdf")
    assert pdf_doc.meta.format == "pdf"
    assert " ".join(pdf_doc.text.split()) == " ".join(text_doc.text.split())


def test_docx_numbering_labels_and_tracked_changes() -> None:
    """List labels that Word computes are rendered; inserted text is kept, deleted text not."""
    from docx import Document
    from docx.oxml import parse_xml

    document = Document()
    document.add_paragraph("We reviewed:")
    for item in ("the charter;", "the bylaws; and", "the plan."):
        document.add_paragraph(item, style="List Number")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document.element.body.insert(
        -1,
        parse_xml(
            f'<w:p {w}><w:r><w:t xml:space="preserve">The shares are </w:t></w:r>'
            f'<w:del w:id="1" w:author="A"><w:r><w:delText>not </w:delText></w:r></w:del>'
            f'<w:ins w:id="2" w:author="A"><w:r><w:t>validly issued.</w:t></w:r></w:ins></w:p>'
        ),
    )
    buffer = io.BytesIO()
    document.save(buffer)
    (doc,) = exhibit5.read(buffer.getvalue(), name="draft.docx")
    assert re.findall(
        r"^1\. the charter;$|^2\. the bylaws; and$|^3\. the plan\.$", doc.text, re.M
    ) == [
        "1. the charter;",
        "2. the bylaws; and",
        "3. the plan.",
    ]
    assert "The shares are validly issued." in doc.text
    assert doc.meta.tracked_changes


@pytest.mark.parametrize("make", [as_docx, as_pdf], ids=["docx", "pdf"])
def test_source_span_maps_into_the_extracted_text(make) -> None:  # type: ignore[no-untyped-def]
    (doc,) = exhibit5.read(make(), name="letter")
    m = re.search(r"1,200,000 shares", doc.text)
    assert m is not None
    assert doc.source_text(exhibit5.Span(*m.span())) == "1,200,000 shares"


def test_docx_first_page_letterhead_is_read_before_the_body() -> None:
    from docx import Document

    document = Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Saltmarsh & Pike LLP"
    section.first_page_header.add_paragraph("41 Cannery Road")
    section.header.paragraphs[0].text = "Page 2 running head"
    document.add_paragraph("October 14, 2024")
    buffer = io.BytesIO()
    document.save(buffer)
    (doc,) = exhibit5.read(buffer.getvalue(), name="letterhead.docx")
    assert doc.text == "Saltmarsh & Pike LLP\n\n41 Cannery Road\n\nOctober 14, 2024"
