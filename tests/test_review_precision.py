"""No false findings on letters that are unusual but not deficient: a text whose top is missing,
numbered conclusions without a lead-in, counsel that is an LLP, a merger letter that describes
other shares as fully paid. Each letter is written for this test (fictional companies)."""

from __future__ import annotations

import exhibit5
from exhibit5.review import review
from exhibit5.review.context import Context

# The last part of an S-8 letter: the date, addressee, salutation and introduction are cut off,
# and the text opens inside the list of registered shares.
TAIL_FRAGMENT = """\
1. 2,500,000 shares of its Common Stock, $0.50 par value, under its 2024 Long-Term Incentive Plan \
("2024 Plan"); and

2. 400,000 shares of Common Stock, $0.50 par value, under its Employee Share Purchase Plan \
("Purchase Plan")

1. The shares to be sold under the 2024 Plan have been duly authorized and, upon receipt of the \
consideration the 2024 Plan provides, will be legally issued, fully paid and nonassesable; and

2. The shares to be sold under the Purchase Plan have been duly authorized and, upon receipt of \
the consideration the Purchase Plan provides, will be legally issued, fully paid and \
non-assessable.

Very truly yours,

/s/ Tolland Brisk LLP
"""

# A whole S-8 letter for a corporation, from counsel organized as an L.L.P.; the letter never
# names the issuer, so the only company-like name in it is the firm's.
LLP_COUNSEL = """\
Exhibit 5

HARTWELL, ODUYA & PRENDERGAST, L.L.P.
40 Quarry Street
Fairlight, Ohio 44101

March 4, 2026

Ladies and Gentlemen:

We have examined the records we considered necessary for this opinion. We have assumed the \
genuineness of all signatures and the conformity to originals of all copies.

Based on the foregoing, we are of the opinion that the shares of Common Stock to be issued by \
the Company under the Plans are validly authorized shares of Common Stock and, when issued as \
the Plans provide, will be legally issued, fully paid, and non-assessable.

We consent to the filing of this opinion as an exhibit to the Registration Statement.

/s/
HARTWELL, ODUYA & PRENDERGAST, L.L.P.
"""

# A complete S-4 letter: its introduction describes the merger consideration as "fully paid and
# nonassessable shares", and the numbered conclusions carry no "we are of the opinion" lead-in.
MERGER_NUMBERED = """\
May 12, 2026

Board of Directors
Calloway Rivers Bancorp, Inc.
8 Mill Pond Road
Tessaly, Iowa 50010

Ladies and Gentlemen:

We have acted as counsel to Calloway Rivers Bancorp, Inc., an Iowa corporation (the \
"Company"), in connection with its Registration Statement on Form S-4 (the "Registration \
Statement") relating to up to 1,800,000 shares of its common stock, $1.00 par value (the \
"Shares"), to be issued in the merger of Orchard Valley Financial Corp. into the Company. In \
the merger each outstanding share of Orchard Valley Financial Corp. will be exchanged for fully \
paid and nonassessable shares of the Company's common stock.

Having examined the documents we considered necessary, we advise you as follows:

1. The Company is a corporation validly existing under the laws of the State of Iowa.

2. The Shares, when issued in the merger as the merger agreement provides, will be validly \
issued, fully paid and nonassessable.

This opinion is limited to the Iowa Business Corporation Act. We consent to the filing of this \
opinion as an exhibit to the Registration Statement.

Very truly yours,

/s/ Penhallow & Tisk P.C.
"""


def _doc(text: str) -> exhibit5.Document:
    return exhibit5.read(text.encode(), name="letter.txt")[0]


def _errors(text: str) -> list[str]:
    return [f.code for f in review(_doc(text)) if f.severity.value == "error"]


def test_a_text_whose_top_is_missing_is_incomplete() -> None:
    doc = _doc(TAIL_FRAGMENT)
    ctx = Context(doc, exhibit5.extract(doc))
    assert ctx.ends and not ctx.begins and not ctx.complete


def test_tail_fragment_raises_no_error() -> None:
    # Conclusions are found in the numbered items (one misspelt), and the missing date and
    # consent may sit in the part that is cut off.
    assert _errors(TAIL_FRAGMENT) == []


def test_dropping_a_conclusion_from_a_numbered_item_is_still_caught() -> None:
    text = TAIL_FRAGMENT.replace(
        "legally issued, fully paid and non-assessable.", "legally issued and non-assessable."
    )
    assert text != TAIL_FRAGMENT
    assert _errors(text) == ["E5102"]


def test_llp_counsel_does_not_make_the_issuer_a_partnership() -> None:
    doc = _doc(LLP_COUNSEL)
    ctx = Context(doc, exhibit5.extract(doc))
    assert ctx.issuer_kind == "us-corp" and "interest" not in ctx.security_kinds
    assert "E5107" not in _errors(LLP_COUNSEL)


def test_described_merger_shares_are_not_an_opinion_and_numbered_items_are() -> None:
    assert _errors(MERGER_NUMBERED) == []
    no_issued = MERGER_NUMBERED.replace("will be validly issued, fully", "will be fully")
    assert no_issued != MERGER_NUMBERED
    assert "E5101" in _errors(no_issued)
