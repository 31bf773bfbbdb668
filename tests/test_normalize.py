"""Normalization rules on small letters written for the purpose."""

from __future__ import annotations

import re

import exhibit5


def read_text(text: str) -> exhibit5.Document:
    (doc,) = exhibit5.read(text.encode("utf-8"), name="t.txt")
    return doc


WRAPPED = """\
We have acted as counsel to Quarry Hill Foods, Inc., a Nevada corporation
(the "Company"), in connection with its registration statement on Form
S-8 covering 300,000 shares of common stock.

This second paragraph is
short.
"""


def test_soft_wraps_join_and_paragraphs_stay_apart() -> None:
    doc = read_text(WRAPPED)
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0].startswith("We have acted") and paragraphs[0].endswith("common stock.")
    assert "\n" not in paragraphs[0]
    assert paragraphs[1] == "This second paragraph is short."


def test_characters_are_normalized_and_map_back() -> None:
    raw = "The \u201cPlan\u201d\u00a0and\tthe\u200b Company\u2019s \ufb01ling \u2014 done.\n"
    doc = read_text(raw)
    assert doc.text == 'The "Plan" and the Company\'s filing - done.'
    m = re.search(r"filing", doc.text)
    assert m is not None
    assert doc.source_text(exhibit5.Span(*m.span())) == "\ufb01ling"


def test_centred_letterhead_and_rules_keep_their_lines() -> None:
    raw = (
        "                         CORVID & HALE LLP\n"
        "                    1 Market Square, Suite 9\n"
        "                     Hartford, Connecticut 06103\n"
        "\n"
        "     Re:  Registration Statement on Form S-3\n"
        "          ----------------------------------\n"
        "Ladies and Gentlemen:\n"
    )
    lines = read_text(raw).text.split("\n")
    assert lines[:3] == [
        "CORVID & HALE LLP",
        "1 Market Square, Suite 9",
        "Hartford, Connecticut 06103",
    ]
    assert lines[4:] == [
        "Re: Registration Statement on Form S-3",
        "-" * 34,
        "Ladies and Gentlemen:",
    ]


def test_page_marks_numbers_and_running_heads() -> None:
    raw = (
        "We are of the opinion that the shares, when issued against payment as the plan\n"
        "provides, will be\n"
        "\n"
        "                                  - 1 -\n"
        "<PAGE>\n"
        "Quarry Hill Foods, Inc.\n"
        "May 1, 2024\n"
        "Page 2\n"
        "\n"
        "validly issued, fully paid and nonassessable.\n"
        "\n"
        "Suite\n"
        "400\n"
        "Reno, Nevada\n"
    )
    doc = read_text(raw)
    assert "will be validly issued, fully paid and nonassessable." in doc.text
    assert "Page 2" not in doc.text and "- 1 -" not in doc.text and "May 1" not in doc.text
    # A bare number away from any page break is text (a wrapped address), not a page number.
    assert doc.text.endswith("Suite\n400\nReno, Nevada")
    assert len(doc.page_breaks) == 1


def test_list_items_start_their_own_lines() -> None:
    raw = (
        "We have examined the following documents, each of which we consider necessary\n"
        "(a) the certificate of incorporation of the Company as in effect on the date\n"
        "of this letter;\n"
        "(b) the bylaws; and\n"
        "(iv) the plan.\n"
    )
    lines = read_text(raw).text.split("\n")
    assert [line[:4] for line in lines[1:]] == ["(a) ", "(b) ", "(iv)"]
    assert lines[1].endswith("on the date of this letter;")


def test_rendered_table_bars_and_broken_dates() -> None:
    raw = (
        "|\n|Re:\n|Registration Statement on Form S-8\n\nMarch\n27,\n2009\nNorth\n"
        "Central Avenue\n\nWe have acted as counsel to the Company in connection with the filing.\n"
    )
    assert read_text(raw).text.split("\n\n")[:2] == [
        "Re:\nRegistration Statement on Form S-8",
        "March 27, 2009\nNorth\nCentral Avenue",
    ]


def test_salutation_and_closing_keep_their_own_lines() -> None:
    raw = (
        "Re: Juniper Ridge Bancorp - Registration Statement on Form S-3 for the resale of common\n"
        "Ladies and Gentlemen:\n"
        "We have acted as counsel to Juniper Ridge Bancorp in connection with its registration\n"
        "statement. We consent to the filing of this opinion as an exhibit to it. Very truly\n"
        "yours, as ever and always at the service of the Company, with our best compliments\n"
        "Very truly yours,\n"
        "Hollis & Marsh LLP\n"
    )
    lines = read_text(raw).text.split("\n")
    assert lines[1] == "Ladies and Gentlemen:"
    assert lines[-2:] == ["Very truly yours,", "Hollis & Marsh LLP"]


def test_list_numbers_laid_out_apart_join_their_items() -> None:
    raw = (
        "We are of the opinion that:\n\n1.\n\nthe shares are validly issued; and\n\n"
        "(b)\nthe notes bind the Company.\n"
    )
    assert read_text(raw).text == (
        "We are of the opinion that:\n\n1. the shares are validly issued; and\n\n"
        "(b) the notes bind the Company."
    )
    page = (
        "<p>We reviewed:</p><div style='float:left'>(i)</div><div>the charter;</div>"
        "<div>(ii)</div><div>the bylaws.</div>"
    )
    (doc,) = exhibit5.read(page.encode(), name="t.htm")
    assert doc.text == "We reviewed:\n\n(i) the charter;\n\n(ii) the bylaws."


def test_copy_wrappers_are_stripped_into_metadata() -> None:
    header = "EX-5.1 4 d1.htm OPINION OF COUNSEL d1.htm\nEXHIBIT 5.1\n\nLetter text.\n"
    doc = read_text(header)
    assert (doc.meta.type, doc.meta.sequence, doc.meta.filename) == ("EX-5.1", "4", "d1.htm")
    assert doc.meta.description == "OPINION OF COUNSEL"
    assert doc.text == "EXHIBIT 5.1\n\nLetter text."

    flat = "EX-5 3 ex5.txt EXHIBIT 5 " + "We have acted as counsel to the Company. " * 5
    doc = read_text(flat)
    assert (doc.meta.type, doc.meta.filename, doc.meta.description) == ("EX-5", "ex5.txt", None)
    assert doc.text == flat[len("EX-5 3 ex5.txt ") :].strip()

    journal = (
        "WREN HOLDINGS CORP\n"
        "S-8, EX-5.1, 2003-04-09\n"
        "SERVICES-PREPACKAGED SOFTWARE\n"
        "Previous: WREN HOLDINGS CORP, S-8, 2003-04-09\n"
        "Next: WREN HOLDINGS CORP, S-8, EX-23.1, 2003-04-09\n"
        "\n<PAGE>\nEXHIBIT 5.1\n\nLetter text.\n"
    )
    doc = read_text(journal)
    assert doc.meta.wrapper == "incjournal"
    assert (doc.meta.form_type, doc.meta.type, doc.meta.filing_date) == (
        "S-8",
        "EX-5.1",
        "2003-04-09",
    )
    assert doc.text == "EXHIBIT 5.1\n\nLetter text."

    listing = (
        "Attached files\n\nfile filename\n"
        "S-8 - S-8 - WREN HOLDINGS CORPs8.htm\n"
        "EX-5.1 - OPINION - WREN HOLDINGS CORPex51.htm\n"
        "\nExhibit 5.1\n\nLetter text.\n"
    )
    doc = read_text(listing)
    assert doc.meta.wrapper == "getfilings"
    assert doc.text == "Exhibit 5.1\n\nLetter text."


def test_dash_stuffing_is_undone_only_when_consistent() -> None:
    stuffed = "Very truly yours,\n\n- ---------------\nPat Lee\n"
    assert read_text(stuffed).text.endswith("\n---------------\nPat Lee")
    # "- 2 -" page numbers and a rule typed without stuffing: nothing to undo.
    modern = "Text.\n\n-----\n- see below\n"
    assert "- see below" in read_text(modern).text


def test_html_tables_read_row_by_row_and_scripts_drop() -> None:
    page = (
        "<html><head><title>ex5</title><style>p{color:red}</style></head><body>"
        "<script>var x = '<p>no</p>';</script>"
        "<p>We have reviewed:</p>"
        "<table><tr><td><p>(a)</p></td><td><p>the charter;</p></td></tr>"
        "<tr><td>(b)</td><td>the bylaws &amp; the plan.</td></tr></table>"
        "<p>Very truly yours,<br/>Pat&nbsp;Lee</p></body></html>"
    )
    (doc,) = exhibit5.read(page.encode(), name="t.htm")
    assert doc.text == (
        "We have reviewed:\n\n(a) the charter;\n\n(b) the bylaws & the plan.\n\n"
        "Very truly yours,\nPat Lee"
    )
    m = re.search("&", doc.text)
    assert m is not None and doc.source_text(exhibit5.Span(*m.span())) == "&amp;"


def test_a_line_of_wide_spaces_still_parts_paragraphs() -> None:
    assert read_text("Hello there friend.\n\u2003\nSecond para here.").text == (
        "Hello there friend.\n\nSecond para here."
    )


def test_markup_inside_a_script_does_not_swallow_the_text_after_it() -> None:
    html = (
        '<html><body><script>var s = a<b ? "y>" : 1; var t="</script>'
        "<p>Visible one.</p><p>Hello.</p></body></html>"
    )
    (doc,) = exhibit5.read(html.encode(), name="t.htm")
    assert doc.text == "Visible one.\n\nHello."


def test_a_reference_to_no_character_makes_no_line() -> None:
    # "&#1;" names no character: its paragraph is empty, so the "3" before the rule is still
    # the page's number, next to the page break, and the sentence runs on across it.
    html = (
        "<html><body><p>The shares will be validly issued and</p><p>3</p><p>&#1;</p><hr>"
        "<p>fully paid.</p><table><tr><td>&#1;</td><td>&nbsp;(a) the charter</td></tr>"
        "</table></body></html>"
    )
    (doc,) = exhibit5.read(html.encode(), name="t.htm")
    assert doc.text == "The shares will be validly issued and fully paid.\n\n(a) the charter"
    m = re.search(r"\(a\)", doc.text)
    assert m is not None and doc.source_text(exhibit5.Span(*m.span())) == "(a)"
