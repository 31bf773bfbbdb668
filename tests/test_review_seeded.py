"""Seeded defects: take a letter that passes, put one defect in it (the kinds the catalogue
names), and check that the right rule fires at the right place, and that it did not fire on
the letter before the defect.

The letters are the fictional ones in tests/fixtures/review and examples/letters, and the real
letters of the shared corpus. Run this module as a script to print the detection rate per rule
on the shared corpus::

    .venv/bin/python -m tests.test_review_seeded
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from exhibit5 import read
from exhibit5.document import Document
from exhibit5.extract import extract
from exhibit5.extract.record import OpinionRecord
from exhibit5.review import review
from exhibit5.review.context import Context
from tests.shared import CORPUS, EXAMPLES, ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "review"
OWN = sorted(FIXTURES.glob("*.txt")) + sorted((EXAMPLES / "letters").glob("*.txt"))
OWN = [p for p in OWN if "submission" not in p.name]

_CLOSING = r"(?i)very truly yours|yours (very )?truly|sincerely|respectfully|regards|faithfully"
_LAW = re.compile(
    r"[^.]*\b(?:limited to|other than|express no opinion|covers? only|law covered)[^.]*"
    r"\b(?:laws?|statutes?|Act)\b[^.]*\.",
    re.I,
)


@dataclass(frozen=True)
class Letter:
    name: str
    doc: Document
    record: OpinionRecord


Seed = Callable[[Letter], str | None]


@dataclass(frozen=True)
class Defect:
    code: str
    what: str
    seed: Seed  # the defective letter text, or None when the letter has nothing to change
    anchor: str  # a finding of ``code`` must overlap a match of this regex (defective text)
    # Whether the rule can see the defect in this letter at all: rules about the end of a
    # letter do not run on a text cut before it (see exhibit5.review.context).
    applies: Callable[[Context], bool] = lambda ctx: True


def complete(ctx: Context) -> bool:
    return ctx.complete


def corp_equity_opinion(ctx: Context) -> bool:
    return (
        "equity" in ctx.security_kinds
        and ctx.issuer_kind != "non-corp"
        and ctx.opinion_targets() is not None
    )


def opinion_seen(ctx: Context) -> bool:
    return bool(ctx.record.opinions) and ctx.opinion_targets() is not None


def law_whole(ctx: Context) -> bool:
    return not ctx.cut_at(ctx.record.law_paragraph)


def sub_once(pattern: str, repl: str, text: str, flags: int = 0) -> str | None:
    new, n = re.subn(pattern, repl, text, count=1, flags=flags)
    return new if n else None


def in_opinions(letter: Letter, pattern: str, repl: str) -> str | None:
    """Replace ``pattern`` inside the opinion paragraphs only."""
    text = letter.doc.text
    for p in _context(letter).opinions:
        body = text[p.span.start : p.span.end]
        new, n = re.subn(pattern, repl, body, flags=re.I)
        if n:
            return text[: p.span.start] + new + text[p.span.end :]
    return None


def insert_after(letter: Letter, pattern: str, sentence: str) -> str | None:
    """Insert ``sentence`` after the first sentence matching ``pattern``."""
    text = letter.doc.text
    m = re.search(pattern + r"[^.]*\.", text, re.I | re.S)
    return text[: m.end()] + " " + sentence + text[m.end() :] if m else None


def law_sentence(letter: Letter) -> re.Match[str] | None:
    part = letter.record.law_paragraph
    start, end = (part.span.start, part.span.end) if part else (0, len(letter.doc.text))
    return _LAW.search(letter.doc.text, start, end)


def change_law_state(letter: Letter) -> str | None:
    juris = letter.record.issuer_jurisdiction.value
    m = law_sentence(letter)
    if not juris or not m or juris not in m.group(0):
        return None
    other = "Vermont" if juris != "Vermont" else "Oregon"
    t = letter.doc.text
    return t[: m.start()] + m.group(0).replace(juris, other) + t[m.end() :]


def federal_only(letter: Letter) -> str | None:
    m = law_sentence(letter)
    if not m or _context(letter).issuer_kind == "foreign":
        return None
    new = " We express no opinion as to any law other than the federal law of the United States."
    return letter.doc.text[: m.start()] + new + letter.doc.text[m.end() :]


def bar_disclaimer(letter: Letter) -> str | None:
    juris = letter.record.issuer_jurisdiction.value
    m = law_sentence(letter)
    if not juris or not m:
        return None
    add = f" We are not admitted to practice law in the State of {juris}."
    return letter.doc.text[: m.end()] + add + letter.doc.text[m.end() :]


def assumption(sentence: str) -> Seed:
    def seed(letter: Letter) -> str | None:
        if not letter.record.assumptions:
            return None
        part = letter.record.assumptions[0]
        t = letter.doc.text
        end = t.find(".", part.span.start, part.span.end + 1)
        end = part.span.end if end < 0 else end + 1
        return t[:end] + " " + sentence + t[end:]

    return seed


def reliance_limit(letter: Letter) -> str | None:
    if not letter.record.opinions:
        return None
    end = letter.record.opinions[-1].span.end
    add = (
        "\n\nThis opinion is furnished solely for your benefit and may not be relied upon by "
        "any other person."
    )
    return letter.doc.text[:end] + add + letter.doc.text[end:]


def drop_date(letter: Letter) -> str | None:
    spans = letter.record.date.spans
    if not spans:
        return None
    t = letter.doc.text
    return t[: spans[0].start] + t[spans[0].end :]


def drop_signature(letter: Letter) -> str | None:
    closings = list(re.finditer(_CLOSING + r"\s*,?", letter.doc.text))
    if not closings or letter.doc.text[closings[-1].end() :].strip() == "":
        return None
    return letter.doc.text[: closings[-1].end()] + "\n"


def drop_consent(letter: Letter) -> str | None:
    part = letter.record.consent_paragraph
    if part is None or not letter.record.consent.value:
        return None
    t = letter.doc.text
    return t[: part.span.start] + t[part.span.end :]


def drop_section7(letter: Letter) -> str | None:
    part = letter.record.consent_paragraph
    if part is None or not letter.record.section7_disclaimer.value:
        return None
    body = letter.doc.text[part.span.start : part.span.end]
    new = re.sub(r"(?<=\.)\s+[^.]*(Section 7|experts?\b)[^.]*\.", "", body, flags=re.I)
    if new == body:
        return None
    return letter.doc.text[: part.span.start] + new + letter.doc.text[part.span.end :]


def drop_legal_matters(letter: Letter) -> str | None:
    if (letter.record.form.value or "") not in {"S-1", "S-3", "S-4", "F-1", "F-3"}:
        return None
    return sub_once(
        r",?\s+and (further )?(we consent )?to the (reference|use)[^.]*?"
        r"(Legal Matters|Validity)[^.]*",
        "",
        letter.doc.text,
        re.I,
    )


def rename_addressee(letter: Letter) -> str | None:
    name = letter.record.issuer_name.value
    part = letter.record.addressee
    if not name or part is None or name not in part.text:
        return None
    first, _, rest = name.partition(" ")
    start = letter.doc.text.index(name, part.span.start)
    t = letter.doc.text
    return t[:start] + f"{first} Meridian {rest}".strip() + t[start + len(name) :]


def words_figures(letter: Letter) -> str | None:
    """Double the figure that follows a number in words: "one million (2,000,000)"."""
    m = re.search(
        r"(?i)(thousand|million|hundred|billion)\)?\s*\((\d{1,3}(,\d{3})+)\)", letter.doc.text
    )
    if not m:
        return None
    doubled = f"{int(m.group(2).replace(',', '')) * 2:,}"
    return letter.doc.text[: m.start(2)] + doubled + letter.doc.text[m.end(2) :]


def opinion_count(letter: Letter) -> str | None:
    count = letter.record.share_count.value
    if not count:
        return None
    return in_opinions(letter, r"\bthe Shares\b", f"the {count + 25_000:,} Shares")


def other_form(letter: Letter) -> str | None:
    """Name another form in the last "Registration Statement on Form X", or add one to the
    consent when the letter names its form only once."""
    t = letter.doc.text
    forms = list(re.finditer(r"Registration Statement on Form ([SF]-\d+)", t))
    form = forms[0].group(1) if forms else None
    if form is None:
        return None
    other = "S-1" if form != "S-1" else "S-3"
    if len(forms) >= 2:
        m = forms[-1]
        return t[: m.start(1)] + other + t[m.end(1) :]
    part = letter.record.consent_paragraph
    if part is None:
        return None
    tail = sub_once(r"the Registration Statement\b", f"the Registration Statement on Form {other}",
                    t[part.span.start :])  # fmt: skip
    return t[: part.span.start] + tail if tail else None


def late_letter(letter: Letter) -> str | None:
    """Date the letter three weeks after the filing date it states."""
    filed, spans = letter.record.filing_date.value, letter.record.date.spans
    stated = letter.record.filing_date.spans
    if not filed or not spans or not stated:
        return None
    said = letter.doc.text[max(0, stated[0].start - 120) : stated[0].end]
    if not re.search(r"\d{4}", letter.doc[stated[0]]) or not re.search(
        r"to be filed|will be filed|proposed to be filed|being filed|on or about", said
    ):
        return None  # only a filing still to come can be contradicted by a later letter date
    late = date.fromisoformat(filed) + timedelta(days=21)
    t = letter.doc.text
    written = f"{calendar.month_name[late.month]} {late.day}, {late.year}"
    return t[: spans[0].start] + written + t[spans[0].end :]


def second_state(letter: Letter) -> str | None:
    juris = letter.record.issuer_jurisdiction.value
    if not juris or not letter.record.opinions or juris not in letter.doc.text:
        return None
    other = "Vermont" if juris != "Vermont" else "Oregon"
    start = letter.record.opinions[0].span.start
    add = f"We note that the Company is incorporated under the laws of the State of {other}.\n\n"
    return letter.doc.text[:start] + add + letter.doc.text[start:]


def undefine(letter: Letter) -> str | None:
    """Remove every definition of a term the letter goes on to use."""
    for term in ("Commission", "Company", "Plan"):
        new, n = re.subn(rf"\s*\((the |a )?[\"]{term}[\"]\)", "", letter.doc.text)
        if n and re.search(rf"\bthe {term}\b", new):
            return new
    return None


def unused_term(letter: Letter) -> str | None:
    if "Transfer Agent" in letter.doc.text:
        return None
    return insert_after(
        letter, r"\b(acted|represented|counsel)\b",
        'Brookmere Stock Transfer Company (the "Transfer Agent") acts as transfer agent.',
    )  # fmt: skip


def define_twice(letter: Letter) -> str | None:
    m = re.search(r"\((?:the )?\"(Shares|Company)\"\)", letter.doc.text)
    if not m:
        return None
    term = m.group(1)
    later = re.search(rf"\bthe {term}\b", letter.doc.text[m.end() :])
    if not later:
        return None
    at = m.end() + later.end()
    t = letter.doc.text
    return t[:at] + f' (the "{term}")' + t[at:]


def list_gap(letter: Letter) -> str | None:
    markers = list(re.finditer(r"(?m)^\(([a-h])\)\s", letter.doc.text))
    letters = [m.group(1) for m in markers]
    if len(letters) < 3 or letters[:3] != ["a", "b", "c"]:
        return None
    run = 0
    while run + 1 < len(letters) and ord(letters[run + 1]) == ord(letters[run]) + 1:
        run += 1
    m = markers[run]
    t = letter.doc.text
    return t[: m.start(1)] + chr(ord(m.group(1)) + 1) + t[m.end(1) :]


def drop_governing_law(letter: Letter) -> str | None:
    """Leave the law chosen to govern the instrument out of the law paragraph."""
    m = re.search(
        r"governed by the laws of the State of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)", letter.doc.text
    )
    law = law_sentence(letter)
    if not m or not law:
        return None
    place = m.group(1)
    new = re.sub(rf"the laws of the State of {place} and ", "", law.group(0))
    if new == law.group(0):
        return None
    return letter.doc.text[: law.start()] + new + letter.doc.text[law.end() :]


def register_more(what: str) -> Seed:
    """Add a class to the securities the introduction registers (and no opinion on it)."""

    def seed(letter: Letter) -> str | None:
        if (letter.record.form.value or "").startswith("S-8"):
            return None
        m = re.search(r'\(the "(Shares|Common Stock|Common Units|Notes)"\)', letter.doc.text)
        if not m:
            return None
        t = letter.doc.text
        return t[: m.end()] + f" and {what}" + t[m.end() :]

    return seed


def drop_statute_explanation(letter: Letter) -> str | None:
    return in_opinions(letter, r",? and purchasers of the Common Units[^.]*", " and non-assessable")


def drop_term_meaning(letter: Letter) -> str | None:
    return in_opinions(letter, r"\s*\((which term|meaning|by which)[^)]*\)", "")


def second_par_value(letter: Letter) -> str | None:
    par = letter.record.par_value.value
    if not par or par == "none":
        return None
    security = letter.record.security.value or "common stock"
    return in_opinions(letter, r"\bthe Shares\b", f"the Shares ({security}, par value $9.99 each)")


def dangling_reference(letter: Letter) -> str | None:
    if not re.search(r"(?m)^\(a\)", letter.doc.text) or re.search(r"(?m)^\(q\)", letter.doc.text):
        return None
    return insert_after(
        letter, r"\bassumed\b", "The assumption in paragraph (q) above applies to each item."
    )


DEFECTS: list[Defect] = [
    Defect("E5101", 'remove "validly issued"',
           lambda x: in_opinions(x, r"\b(legally|validly) issued,?\s+(and\s+)?(?=fully|non)", ""),
           r"fully paid|non-?assessable",
           applies=corp_equity_opinion),
    Defect("E5102", 'remove "fully paid"',
           lambda x: in_opinions(x, r"\bfully[- ]paid,?\s+(?:and\s+)?(?=non-?\s?assessable)", ""),
           r"issued|non-?assessable",
           applies=corp_equity_opinion),
    Defect("E5103", 'remove "non-assessable"',
           lambda x: in_opinions(x, r"(?<=paid)(,?\s+and|,)\s+non-?\s?assessable", ""),
           r"fully paid",
           applies=corp_equity_opinion),
    Defect("E5104", 'debt: "binding obligations" becomes "duly issued"',
           lambda x: in_opinions(x, r"(legal, )?valid and binding obligations?[^.]*", "duly issued")
           if "debt" in _kinds(x) else None,
           r"duly issued"),
    Defect("E5105", "drop the opinion on the guarantees",
           lambda x: in_opinions(x, r"(?m)^\d\.\s[^\n]*\bGuarantee\b[^\n]*binding[^\n]*", "")
           if "guarantee" in _kinds(x) else None,
           r"Notes"),
    Defect("E5106", "register warrants the opinion leaves out",
           register_more('warrants to purchase common stock (the "Public Warrants")'),
           r"(?i)opinion",
           applies=opinion_seen),
    Defect("E5107", "LP units without the no-further-payment statement",
           drop_statute_explanation, r"(?i)opinion"),
    Defect("E5108", "foreign terms left unexplained", drop_term_meaning, r"non-assessable"),
    Defect("E5109", "register rights the opinion leaves out",
           register_more('related preferred share purchase rights (the "Rights")'), r"Rights",
           applies=opinion_seen),
    Defect("E5201", "change the law paragraph to another state", change_law_state,
           r"Vermont|Oregon",
           applies=law_whole),
    Defect("E5202", "drop the instrument's governing law from the law paragraph",
           drop_governing_law, r"governed by"),
    Defect("E5203", "limit the law paragraph to federal law", federal_only,
           r"federal law of the United States",
           applies=law_whole),
    Defect("E5204", "add a bar-admission disclaimer", bar_disclaimer, r"not admitted"),
    Defect("E5301", "assume the shares are duly authorized",
           assumption("We have assumed that the issuance of the Shares has been duly authorized "
                      "by all necessary corporate action of the Company."),
           r"issuance of the Shares has been duly authorized"),
    Defect("E5302", "assume the company exists",
           assumption("We have assumed that the Company is validly existing and in good standing "
                      "under the laws of its jurisdiction of organization."),
           r"Company is validly existing"),
    Defect("E5303", "assume the conclusion",
           assumption("We have also assumed that the Shares, when issued, will be fully paid."),
           r"Shares, when issued, will be fully paid"),
    Defect("E5304", "resale shares in the future tense",
           lambda x: in_opinions(x, r"\bare validly issued", "when sold, will be validly issued")
           if re.search(r"selling (stock|share)holders|resale", x.doc.text, re.I) else None,
           r"will be validly issued"),
    Defect("E5401", 'add "solely for your benefit ... may not be relied upon"', reliance_limit,
           r"solely for your benefit|may not be relied upon by any other person"),
    Defect("E5402", "drop the date", drop_date, r"(?s)\A.{0,1500}",
           applies=complete),
    Defect("E5403", "drop the signature", drop_signature, _CLOSING,
           applies=complete),
    Defect("E5405", "mark it a form of opinion",
           lambda x: "[FORM OF OPINION]\n\n" + x.doc.text, r"FORM OF OPINION"),
    Defect("E5501", "drop the consent", drop_consent, _CLOSING,
           applies=complete),
    Defect("E5502", "drop the Section 7 disclaimer", drop_section7, r"(?i)consent",
           applies=complete),
    Defect("E5504", 'drop the "Legal Matters" consent', drop_legal_matters, r"(?i)consent"),
    Defect("E5601", "rename the issuer in the addressee block", rename_addressee, r"Meridian"),
    Defect("E5602", "words and figures disagree", words_figures, r"\(\d[\d,]+\)"),
    Defect("E5603", "opinion states another count", opinion_count, r"\d[\d,]+ Shares"),
    Defect("E5604", "name another form", other_form, r"Form [SF]-\d"),
    Defect("E5605", "date the letter after the stated filing", late_letter, r"\d{4}"),
    Defect("E5606", "describe the issuer under a second state", second_state, r"Vermont|Oregon"),
    Defect("E5607", "a second par value", second_par_value, r"9\.99"),
    Defect("E5701", "undefine a term", undefine, r"Commission|Company|Plan"),
    Defect("E5702", "define a term twice", define_twice, r"Shares|Company"),
    Defect("E5703", "define a term never used", unused_term, r"Transfer Agent",
           applies=complete),
    Defect("E5704", "skip a list item", list_gap, r"(?m)^\([a-i]\)"),
    Defect("E5705", "refer to a paragraph the letter lacks", dangling_reference,
           r"paragraph \(q\)", applies=complete),
    Defect("E5706", "gendered salutation",
           lambda x: sub_once(r"Ladies and Gentlemen:", "Gentlemen:", x.doc.text), r"Gentlemen"),
]  # fmt: skip


def _context(letter: Letter) -> Context:
    return Context(letter.doc, letter.record)


def _kinds(letter: Letter) -> frozenset[str]:
    return _context(letter).security_kinds


def load(path: Path) -> Letter:
    doc = read(path)[0]
    return Letter(path.name, doc, extract(doc))


def reread(text: str, name: str) -> Letter:
    doc = read(text.encode(), name=name)[0]
    return Letter(name, doc, extract(doc))


def detect(letter: Letter, defect: Defect) -> str:
    """``n/a`` (nothing to seed, or the rule already fires on the clean letter), ``hit``,
    ``wrong-span`` or ``miss``."""
    if not defect.applies(_context(letter)):
        return "n/a"
    if any(f.code == defect.code for f in review(letter.doc, letter.record)):
        return "n/a"
    seeded = defect.seed(letter)
    if seeded is None:
        return "n/a"
    bad = reread(seeded, letter.name + f"+{defect.code}")
    found = [f for f in review(bad.doc, bad.record) if f.code == defect.code]
    if not found:
        return "miss"
    anchors = [m.span() for m in re.finditer(defect.anchor, bad.doc.text)]
    for f in found:
        for s in f.spans:
            if any(s.start < b and a < max(s.end, s.start + 1) for a, b in anchors):
                return "hit"
    return "wrong-span"


@pytest.fixture(scope="module")
def own_letters() -> list[Letter]:
    return [load(p) for p in OWN]


def test_own_letters_are_clean(own_letters: list[Letter]) -> None:
    for letter in own_letters:
        errors = [f for f in review(letter.doc, letter.record) if f.severity.value != "info"]
        assert errors == [], letter.name


@pytest.mark.parametrize("defect", DEFECTS, ids=lambda d: d.code)
def test_seeded_defect_is_caught_in_own_letters(defect: Defect, own_letters: list[Letter]) -> None:
    results = {letter.name: detect(letter, defect) for letter in own_letters}
    applied = {k: v for k, v in results.items() if v != "n/a"}
    assert applied, f"{defect.code}: no own letter to seed"
    assert set(applied.values()) == {"hit"}, applied


def shared_letters() -> list[Letter]:
    files = sorted(p for p in (CORPUS / "docs").iterdir() if p.suffix in (".txt", ".htm"))
    return [load(p) for p in files]


def detection_rates(letters: list[Letter]) -> dict[str, dict[str, int]]:
    rates: dict[str, dict[str, int]] = {}
    for defect in DEFECTS:
        counts = rates.setdefault(defect.code, {"hit": 0, "wrong-span": 0, "miss": 0, "n/a": 0})
        for letter in letters:
            counts[detect(letter, defect)] += 1
    return rates


# Per-rule floor on the shared letters: a rule may miss a seeded defect where extraction misreads
# an unusual letter, but not often.
MIN_RATE = 0.7
MIN_OVERALL = 0.9


def test_seeded_defects_are_caught_in_shared_letters(corpus: Path) -> None:
    rates = detection_rates(shared_letters())
    total_hit = total = 0
    for code, c in rates.items():
        seeded = c["hit"] + c["wrong-span"] + c["miss"]
        total_hit, total = total_hit + c["hit"], total + seeded
        if seeded >= 3:
            assert c["hit"] / seeded >= MIN_RATE, (code, c)
    assert total > 500 and total_hit / total >= MIN_OVERALL


def main() -> None:
    rates = detection_rates(shared_letters())
    print(f"{'rule':6} {'defect':56} {'seeded':>6} {'hit':>5} {'span':>5} {'miss':>5} {'rate':>6}")
    total_hit = total = 0
    for defect in DEFECTS:
        c = rates[defect.code]
        seeded = c["hit"] + c["wrong-span"] + c["miss"]
        total_hit, total = total_hit + c["hit"], total + seeded
        rate = f"{c['hit'] / seeded:.2f}" if seeded else "-"
        print(f"{defect.code:6} {defect.what:56} {seeded:6} {c['hit']:5} {c['wrong-span']:5} "
              f"{c['miss']:5} {rate:>6}")  # fmt: skip
    print(f"overall: {total_hit}/{total} = {total_hit / max(total, 1):.3f}")


if __name__ == "__main__":
    main()
