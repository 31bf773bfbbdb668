"""EDGAR full submissions: documents, header metadata, opinions only, real filings."""

from __future__ import annotations

import binascii
import json
import re

import pytest

import exhibit5
from tests.shared import CORPUS

LETTER_HTML = """<html><body>
<p align="right">EXHIBIT 5.1</p>
<p>Ridgeback &amp; Vale LLP<br>18 Quay Street<br>Boston, Massachusetts 02110</p>
<p>April 2, 2024</p>
<p>Tamarind Robotics, Inc.<br>9 Foundry Lane<br>Worcester, Massachusetts 01608</p>
<p>Ladies and Gentlemen:</p>
<p>We have acted as counsel to Tamarind Robotics, Inc., a Delaware corporation (the
&#8220;Company&#8221;), in connection with its Registration Statement on Form S-8 registering
2,500,000 shares of common stock under the Tamarind 2024 Stock Plan (the &#8220;Plan&#8221;).</p>
<p>In our opinion, the shares, when issued in accordance with the Plan against payment, will be
validly issued, fully paid and non-assessable.</p>
<p>We consent to the filing of this opinion as an exhibit to the Registration Statement.</p>
<p>Very truly yours,<br>/s/ Ridgeback &amp; Vale LLP</p>
</body></html>"""

S8_BODY = """As filed with the Securities and Exchange Commission on April 2, 2024
Registration No. 333-

FORM S-8
REGISTRATION STATEMENT UNDER THE SECURITIES ACT OF 1933

TAMARIND ROBOTICS, INC.
(Exact name of registrant as specified in its charter)
"""

AUDITOR_CONSENT = """Consent of Independent Registered Public Accounting Firm

We consent to the incorporation by reference in this Registration Statement on Form S-8 of our
report on the financial statements of Tamarind Robotics, Inc.

/s/ Pemberton Audit LLP
"""


def _uuencoded(name: str, payload: bytes) -> str:
    lines = [binascii.b2a_uu(payload[i : i + 45]).decode() for i in range(0, len(payload), 45)]
    return f"begin 644 {name}\n" + "".join(lines) + "`\nend\n"


def _document(doc_type: str, seq: int, filename: str, body: str, description: str = "") -> str:
    desc = f"<DESCRIPTION>{description}\n" if description else ""
    return (
        f"<DOCUMENT>\n<TYPE>{doc_type}\n<SEQUENCE>{seq}\n<FILENAME>{filename}\n{desc}"
        f"<TEXT>\n{body}</TEXT>\n</DOCUMENT>\n"
    )


def build_submission() -> bytes:
    header = (
        "<SEC-DOCUMENT>0001234567-24-000042.txt : 20240402\n"
        "<SEC-HEADER>0001234567-24-000042.hdr.sgml : 20240402\n"
        "ACCESSION NUMBER:\t\t0001234567-24-000042\n"
        "CONFORMED SUBMISSION TYPE:\tS-8\n"
        "PUBLIC DOCUMENT COUNT:\t\t4\n"
        "FILED AS OF DATE:\t\t20240402\n"
        "\nFILER:\n\n\tCOMPANY DATA:\t\n"
        "\t\tCOMPANY CONFORMED NAME:\t\t\tTAMARIND ROBOTICS, INC.\n"
        "\t\tCENTRAL INDEX KEY:\t\t\t0001234567\n"
        "\t\tSTATE OF INCORPORATION:\t\t\tDE\n"
        "\tFILING VALUES:\n\t\tFORM TYPE:\t\tS-8\n\t\tSEC FILE NUMBER:\t333-278001\n"
        "</SEC-HEADER>\n"
    )
    docs = (
        _document("S-8", 1, "tamarind-s8.txt", S8_BODY)
        + _document("EX-5.1", 2, "ex5-1.htm", LETTER_HTML + "\n", "OPINION OF COUNSEL")
        + _document("EX-23.1", 3, "ex23-1.txt", AUDITOR_CONSENT)
        + _document("GRAPHIC", 4, "logo.jpg", _uuencoded("logo.jpg", bytes(range(256)) * 3))
    )
    return (header + docs + "</SEC-DOCUMENT>\n").encode()


def test_submission_yields_each_text_document_with_metadata() -> None:
    docs = exhibit5.read(build_submission(), name="0001234567-24-000042.txt")
    assert [d.meta.type for d in docs] == ["S-8", "EX-5.1", "EX-23.1"]
    assert [s.reason for s in docs.skipped] == ["uuencoded binary (logo.jpg)"]
    letter = docs[1]
    meta = letter.meta
    assert (meta.sequence, meta.filename, meta.description) == (
        "2",
        "ex5-1.htm",
        "OPINION OF COUNSEL",
    )
    assert meta.accession == "0001234567-24-000042"
    assert (meta.form_type, meta.filing_date) == ("S-8", "2024-04-02")
    assert (meta.filer_name, meta.cik) == ("TAMARIND ROBOTICS, INC.", "0001234567")
    assert (meta.state_of_incorporation, meta.file_number) == ("DE", "333-278001")
    assert meta.format == "html" and docs[0].meta.format == "text"
    assert 'Tamarind Robotics, Inc., a Delaware corporation (the "Company")' in letter.text
    assert "Ridgeback & Vale LLP\n18 Quay Street" in letter.text


def test_read_opinions_keeps_only_the_letter() -> None:
    docs = exhibit5.read_opinions(build_submission(), name="s.txt")
    assert [d.meta.type for d in docs] == ["EX-5.1"]


def test_offsets_of_a_submission_document_point_into_its_body() -> None:
    data = build_submission()
    (letter,) = exhibit5.read_opinions(data, name="s.txt")
    m = re.search(r"2,500,000 shares", letter.text)
    assert m is not None
    start, end = letter.source_span(exhibit5.Span(*m.span()))
    assert letter.raw[start:end] == "2,500,000 shares"
    offset = letter.meta.raw_offset + len(letter.raw[:start].encode())
    assert data[offset : offset + 16] == b"2,500,000 shares"


def test_pem_wrapped_submission_is_unstuffed() -> None:
    body = (
        "EXHIBIT 5\n\nWe are of the opinion that the shares are validly issued.\n\n"
        "- ----------\nSigner\n"
    )
    sub = build_submission().decode().replace(S8_BODY, body)
    pem = (
        "-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR\n"
        "Originator-Name: webmaster@www.sec.gov\nMIC-Info: RSA-MD5,RSA,\n abc=\n\n"
        + sub
        + "-----END PRIVACY-ENHANCED MESSAGE-----\n"
    )
    docs = exhibit5.read(pem.encode(), name="old.txt")
    assert docs[0].meta.pem and docs[0].meta.dash_unstuffed
    assert "\n----------\nSigner" in docs[0].text


def test_feed_format_submission_header() -> None:
    feed = (
        "<SUBMISSION>\n<ACCESSION-NUMBER>0000950123-99-000001\n<TYPE>S-8\n"
        "<PUBLIC-DOCUMENT-COUNT>1\n<FILING-DATE>19990105\n<FILER>\n<COMPANY-DATA>\n"
        "<CONFORMED-NAME>OSPREY MILLS CORP\n<CIK>0000888777\n<STATE-OF-INCORPORATION>NV\n"
        "</COMPANY-DATA>\n</FILER>\n"
        + _document(
            "EX-5", 1, "ex5.txt", "We are of the opinion that the shares are validly issued.\n"
        )
        + "</SUBMISSION>\n"
    )
    (doc,) = exhibit5.read(feed.encode(), name="0000950123-99-000001.nc")
    meta = doc.meta
    assert (meta.accession, meta.form_type, meta.filing_date) == (
        "0000950123-99-000001",
        "S-8",
        "1999-01-05",
    )
    assert (meta.filer_name, meta.cik, meta.state_of_incorporation) == (
        "OSPREY MILLS CORP",
        "0000888777",
        "NV",
    )
    assert meta.type == "EX-5"


@pytest.mark.parametrize("cut", ["</DOCUMENT>\n</SEC-DOCUMENT>", "</SEC-DOCUMENT>"])
def test_truncated_submission_is_an_error(cut: str) -> None:
    data = build_submission().decode()
    data = data[: data.rindex(cut)]
    with pytest.raises(exhibit5.ReadError, match=r"^cut\.txt: truncated SGML"):
        exhibit5.read(data.encode(), name="cut.txt")


MANIFEST = (
    [json.loads(x) for x in (CORPUS / "submissions" / "manifest.jsonl").read_text().splitlines()]
    if CORPUS.exists()
    else []
)


@pytest.mark.parametrize("entry", MANIFEST, ids=lambda e: e["file"])
def test_real_submissions_yield_exactly_their_ex5_documents(entry: dict) -> None:
    path = CORPUS / "submissions" / entry["file"]
    docs = exhibit5.read_opinions(path)
    expected = [(d["type"], d["sequence"], d["filename"]) for d in entry["ex5_documents"]]
    assert [(d.meta.type, d.meta.sequence, d.meta.filename) for d in docs] == expected
    for doc in docs:
        assert doc.meta.accession == entry["accession"]
        assert (
            doc.meta.filing_date
            == f"{entry['filed'][:4]}-{entry['filed'][4:6]}-{entry['filed'][6:]}"
        )
        # The same letter as filed on its own reads to the same text.
        suffix = doc.meta.type.lower().replace("ex-5.", "ex5_") if doc.meta.type else ""
        copy = CORPUS / "docs" / f"{entry['accession']}-{suffix}.htm"
        (alone,) = exhibit5.read(copy)
        assert alone.text == doc.text
