"""The registration the letter is about: its exhibit captions, form, post-effective status,
filing date and Commission file number."""

from __future__ import annotations

import re

from exhibit5.anchored import Anchored, phrases
from exhibit5.document import Span
from exhibit5.extract.dates import DATE, iso
from exhibit5.extract.record import Found
from exhibit5.extract.structure import Structure

_EXHIBIT_NO = r"\d{1,2}(?:\.\d{1,2})?(?:\s?\.?\(\s?[A-Za-z0-9]\s?\)|(?<=5)[a-dA-D]\b)?"
# "Exhibit", "EX-", "Ex." at a word's start: led by the capital every form starts with, the
# boundary before it checked after it (re then skips from one "E" to the next, which costs less
# than looking for each form's start word through the letter).
_CAPTION = re.compile(
    rf"E(?<!\wE)(?:XHIBITS?|xhibits?|X\.|x\.|X-|x-)\s*(?:(?:No|NO)\.\s*)?(?P<a>{_EXHIBIT_NO})"
    rf"(?:\s*(?:AND|and|&|,)\s*(?P<b>{_EXHIBIT_NO}))?(?![\d.]*\d)"
)
# An EDGAR type line copied into the text: "EX-5.1 4 exhibit_5-1.txt" or a mirror's "S-8, EX-5".
_TYPE_LINE = re.compile(r"(?:^|\n|\b[SF]-\d+[A-Z]*,\s+)EX-(?P<t>[\d.]+(?:\([A-Za-z]\))?)\b")
# Words that make "Exhibit 5" a reference to some other filing's exhibit, not this letter's.
_REFERENCE_LEAD = re.compile(
    r"(?:\b(?:as|to|in|see|under|of|filed|Next|Previous|attached|incorporated)\s*[:,]?\s*"
    r"|\s-\s(?:[^\n]{0,60})?)$",
    re.IGNORECASE,
)
# A mirror page's caption: "Acme Inc - S-8 - Exhibit 5.1 - Opinion of ...".
_MIRROR_CAPTION = re.compile(r"\b(?:[SF]|SB)-\d{1,2}\w*\s+-\s+$")
_MIRROR_LIST = re.compile(r"^EX-\S+\s+-\s")
_FORM = Anchored(
    # Also glued to the words around it, as converted HTML may leave it: "onForm S-3", "FormS-3".
    # EDGAR's names of a form's amendments stand for the form: "S-3DPOS", "S-8 POS".
    r"(?:\b(?i:forms?)|(?<=[a-z])Forms?)\s*(?P<form>(?:S|F|SB)\s?-\s?\d{1,2}(?:\s?ASR|\s?MEF|/A|D)?"
    r"(?:\s?POS)?|10(?![-\w]))\b"
    r"|\b(?P<bare>(?:S|F|SB)-\d{1,2}(?:ASR)?)\b(?=\s+(?i:registration|filed|under))",
    ("form", "s-", "f-", "sb-"),
)
_POST_EFFECTIVE = re.compile(
    r"\bpost[-\s]?effective\s+amendment\s+(?:no\.|number|#)", re.IGNORECASE
)
_POST_EFFECTIVE_LOOSE = re.compile(
    r"\bpost[-\s]?effective\s+amendment\s+(?:\([^)]{0,40}\)\s+)?(?:to|on)\s+"
    r"(?:the|its|a|our|your|registration\s+statement)\b"
    r"|\bamended\s+by\s+(?:the\s+|its\s+)?post[-\s]?effective\s+amendment\b",
    re.IGNORECASE,
)
_FILE_NUMBER = Anchored(
    r"\b(?P<no>(?:333|33|2|811)-\d{3,6}(?:-\d{2})?)(?![\d-])", ("333-", "33-", "2-", "811-")
)
_FILING = Anchored(
    r"\b(?:filed|filing|file|submitted|submission|filing\s+date|registered\s+with)\b",
    ("fil", "submi", "registered"),
    re.IGNORECASE,
)
_SAME_DAY = Anchored(
    r"\b(?:on\s+or\s+(?:about|around)\s+the\s+date\s+(?:hereof|of\s+this\s+(?:letter|opinion))"
    r"|on\s+the\s+date\s+(?:hereof|of\s+this\s+(?:letter|opinion))|on\s+even\s+date\s+herewith"
    r"|as of the date hereof"
    r"|concurrently\s+herewith|simultaneously\s+herewith|contemporaneously\s+herewith|today)\b",
    # "on" by the words after it: not at every "registration", "Commission" or "opinion".
    (
        *phrases("on or", "on the", "on even"),
        "as of the date",
        "concurrently",
        "simultaneously",
        "contemporaneously",
        "today",
    ),
    re.IGNORECASE,
)
_NOT_FILING = Anchored(
    r"\b(?:(?<!post-)(?<!post\s)effective|declared|became|(?<!as\s)amended|dated|adopted|approved"
    r"|entered|executed|issued)\b"
    # A sentence's end: a stop before a capital, not after an abbreviation (case counts here).
    r"|(?-i:(?<!\bNo)(?<!\bNos)(?<!\b[A-Z])(?<!\bInc)(?<!\bCorp)(?<!\bCo)\.\s+(?=[A-Z]))|;\s",
    ("effective", "declared", "became", "amended", "dated", "adopted", "approved", "entered",
     "executed", "issued", ".", ";"),
    re.IGNORECASE,
)  # fmt: skip
_SPACES = re.compile(r"\s+")
_MIRROR_LINK = re.compile(r"\b(?:Previous|Next)\s*:")
# Dates of something else: a filing, a document, a fiscal period ("the year ended December 31"),
# an event ("filed with the Commission on").
_NOT_LETTER_DATE = re.compile(
    r"\b(?:filed|dated|effective|as\s+of|amended|ended|ending|on)\s*:?\s*$"
)


def exhibits(text: str, st: Structure, edgar_type: str | None) -> Found[list[str]]:
    """Exhibit numbers the letter gives itself: its EDGAR type, captions in the header,
    and caption lines (a page footer "EXHIBIT 5") anywhere."""
    values: list[str] = []
    spans: list[Span] = []

    def add(value: str, span: Span | None) -> None:
        value = _SPACES.sub("", value).rstrip(".")
        if value and value.lower() not in (v.lower() for v in values):
            values.append(value)
        if span is not None:
            spans.append(span)

    if edgar_type and edgar_type.upper().startswith("EX-"):
        add(edgar_type[3:], None)
    header_end = st.body.start
    # Every type line has "EX-" (looked for first: the pattern is tried at each position).
    type_lines = _TYPE_LINE.finditer(text, 0, max(header_end, 1)) if "EX-" in text else ()
    for m in type_lines:
        line_start = text.rfind("\n", 0, m.start("t")) + 1
        if _MIRROR_LINK.search(text[line_start : m.start("t")]):
            continue  # a mirror's links to the filing's other documents
        add(m.group("t"), Span(m.start("t"), m.end("t")))
    for m in _CAPTION.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        before = text[line_start : m.start()]
        in_header = m.start() < header_end
        whole_line = not before.strip() and len(text[m.end() : line_end].strip()) < 40
        if not in_header and not whole_line:
            continue
        if _MIRROR_LIST.match(text[line_start:line_end]) or m.group(0).startswith(("EX-", "Ex-")):
            continue  # type lines are read above; a mirror's list of attached files is not ours
        if _REFERENCE_LEAD.search(before[-80:]) and not _MIRROR_CAPTION.search(before):
            continue
        for g in ("a", "b"):
            if m.group(g):
                add(m.group(g), Span(m.start(g), m.end(g)))
    return Found.of(values, spans=spans)


def form(text: str, st: Structure) -> Found[str | None]:
    """The registration form: the first "Form S-8"-style mention in the Re: line or body (but
    the form itself where a Re: line names it by its EDGAR type, "S-3D", and the body "S-3")."""
    start = st.re_line.start if st.re_line else st.body.start
    first: tuple[str, Span] | None = None
    for region in ((start, len(text)), (0, start)):
        for m in _FORM.finditer_stepwise(text, st.low, *region):
            g = "form" if m.group("form") else "bare"
            value = _SPACES.sub("", m.group(g)).upper().replace("/A", "").removesuffix("POS")
            if value not in _FORMS:
                continue
            span = Span(m.start(g), m.end(g))
            if first is None:
                first = (value, span)
            if first[0] not in _EDGAR_TYPES or value == first[0][:-1]:
                return Found.of(value, spans=[span])
    return Found.of(first[0], spans=[first[1]]) if first else Found.of(None)


_FORMS = frozenset(
    {
        "S-8", "S-3", "S-3D", "S-1", "S-4", "S-11", "F-1", "F-3", "F-4", "F-10", "S-2", "SB-2",
        "SB-1", "F-6", "F-8", "F-9", "F-80", "S-3ASR", "10", "S-6", "N-2", "S-3MEF", "S-1MEF",
        "F-3ASR", "S-4MEF", "F-2", "S-20", "S-18", "S-14",
    }
)  # fmt: skip
# EDGAR submission types that are a form and a letter: the form without the letter.
_EDGAR_TYPES = frozenset({"S-3D"})


def post_effective(text: str, st: Structure) -> Found[bool]:
    """A post-effective amendment is what the letter supports (named in the Re: line or the
    opening paragraph), not one merely mentioned in the consent."""
    start = st.re_line.start if st.re_line else st.body.start
    end = _opening_end(st)
    region = text[start:end]
    if "ffective" not in region and "FFECTIVE" not in region:
        return Found.of(False)
    m = _POST_EFFECTIVE.search(text, start, end) or _POST_EFFECTIVE_LOOSE.search(text, start, end)
    if m and _CONSTITUTED.search(text, max(0, m.start() - 30), m.start()):
        m = None  # the history of the shelf: "which constituted post-effective amendment no. 1"
    if m and _HYPOTHETICAL.search(text, max(0, m.start() - 60), m.start()):
        m = None  # a document to come: "will be filed as an exhibit to a post-effective amendment"
    if m:
        return Found.of(True, spans=[Span(m.start(), m.end())])
    return Found.of(False)


_CONSTITUTED = re.compile(r"\bconstitut\w*\s+(?:a\s+)?$", re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    r"\b(?:exhibits?|filed|included|incorporated|set\s+forth)\b[^.;]{0,40}?"
    r"\b(?:a|any|one\s+or\s+more)\s+$",
    re.IGNORECASE,
)


def _opening_end(st: Structure) -> int:
    """End of the opening: the role sentence's paragraph plus one, or the first 1,500
    characters of the body."""
    role = st.role_sentence
    if role is not None:
        paras = st.paragraphs
        i = role.paragraph
        end = paras[min(i + 1, len(paras) - 1)].end if len(paras) > i + 1 else paras[i].end
        return max(end, min(st.body.start + 1500, st.body.end))
    return min(st.body.start + 1500, st.body.end)


def file_number(text: str, st: Structure) -> Found[str | None]:
    """The file number of the registration statement the letter is for: not that of an earlier
    filing a document was an exhibit to ("filed as Exhibit 3.1 to ... (File No. 33-41176)")."""
    for m in _FILE_NUMBER.finditer_stepwise(text, st.low, 0, st.body.end):
        if _EXHIBIT_TO.search(text, max(0, m.start() - 160), m.start()):
            continue
        return Found.of(m.group("no"), spans=[Span(m.start("no"), m.end("no"))])
    return Found.of(None)


_EXHIBIT_TO = re.compile(
    r"\b(?:filed\s+as\s+(?:an\s+)?Exhibit|incorporated\s+(?:herein\s+)?by\s+reference)\b[^;]*$",
    re.IGNORECASE,
)


def filing_date(text: str, st: Structure, letter_date: Found[str | None]) -> Found[str | None]:
    """The date the registration statement was or will be filed, as the letter states it.

    "to be filed on or about June 9, 1995" -> that date; "filed on the date hereof" or
    "concurrently herewith" -> the letter's date. Only a filing of the registration statement
    counts: not "became effective on ...", nor a certificate or a Form 8-A "filed on ...".
    """
    start = st.re_line.start if st.re_line else st.body.start
    end = st.opinion_start if st.opinion_start is not None else st.body.end
    # A post-effective amendment filed today, when no filing of the statement itself is dated.
    amendment: Found[str | None] = Found.of(None)
    for s in st.sentences:
        if s.span.end <= start or s.span.start >= end or not s.has(_FILING_KEYS):
            continue
        for f in _FILING.finditer(s.text, s.low):
            # "filing ... on the date hereof" may stand far from the verb, after the
            # statement's long description; a date in figures must be close. Each piece is
            # cut from the text and from its lower case (which anchored patterns read).
            tail, tail_low = s.text[f.end() : f.end() + 700], s.low[f.end() : f.end() + 700]
            same = _SAME_DAY.search(tail, tail_low)
            d = DATE.search(tail, tail_low, 0, 300)
            if d is None and "(" in tail[:300]:
                # Definitions in brackets may stand between: "filing of a Registration
                # Statement (as may be amended, the "Registration Statement") and ... (...)
                # with the SEC on May 2, 2016". Close is measured without them.
                d = DATE.search(tail, tail_low, 0, 600)
                if d and len(_PARENTHESES.sub("", tail[: d.start()])) > 300:
                    d = None
            if d and "462" in s.text and _RULE_462B.search(s.text):
                d = None  # the date of the earlier statement a Rule 462(b) statement adds to
            first = same if d is None or (same is not None and same.start() <= d.start()) else d
            if first is None:
                continue
            between, between_low = tail[: first.start()], tail_low[: first.start()]
            if f.group(0).lower() == "filed":
                # "filed and automatically declared effective ... on": also the filing's day.
                effective = _AND_EFFECTIVE.match(between_low)
                skip = effective.end() if effective else 0
                between, between_low = between[skip:], between_low[skip:]
            clause, clause_low = _PARENTHESES.sub("", between), _PARENTHESES.sub("", between_low)
            if _NOT_FILING.search(clause, clause_low) or _others(clause, clause_low):
                continue
            if first is same and "," in clause and first.group(0).lower().startswith("as"):
                continue  # "..., and our opinion is given as of the date hereof"
            if first is d and _DATE_OF.match(between, max(0, between.rfind("of"))):
                continue  # "Directive 2003/71/EC of the Council of 4 November 2003"
            cut = max(0, f.start() - 200)
            before, before_low = s.text[cut : f.start()], s.low[cut : f.start()]
            # Far enough to pass "with the Commission (the "SEC") of ...", but not into
            # another document the filing is of ("of Post-Effective Amendment No. 1 to ...").
            after = tail[first.end() : first.end() + 160]
            after_low = tail_low[first.end() : first.end() + 160]
            other = _OTHER_DOCUMENT.search(after, after_low)
            at = s.span.start + f.end() + first.start()
            span = Span(at, at + len(first.group(0)))
            today = first is same and letter_date.value and not amendment.value
            if today and other and _AMENDMENT.match(other.group(0)):
                amendment = Found.of(letter_date.value, spans=[span, *letter_date.spans])
            if other:
                after, after_low = after[: other.start()], after_low[: other.start()]
            near = before + between + after
            if not _REGISTRATION.search(near, before_low + between_low + after_low):
                continue
            if _nearest_is_other(before, before_low):
                continue
            if first is d:
                value = iso(d)
                if value:
                    return Found.of(value, spans=[span])
            elif letter_date.value:
                return Found.of(letter_date.value, spans=[span, *letter_date.spans])
    return amendment


# Matched at the last "of" (where a match must start: none follows it).
_DATE_OF = re.compile(r"\bof\s+(?:the\s+)?$")
_PARENTHESES = re.compile(r"\([^()]*\)")
_AND_EFFECTIVE = re.compile(
    r"\s+and\s+(?:(?:was|automatically|became|declared|deemed)\s+){0,3}effective\b"
)
_AMENDMENT = re.compile(r"(?i)Post-Effective|Amendment")


_FILING_KEYS = ("fil", "submi", "registered with")
_RULE_462B = re.compile(r"\b462\s?\(b\)")


def _nearest_is_other(before: str, low: str) -> bool:
    """The document named last before "filed" is not the registration statement (an
    amendment "thereto", to the statement, is the statement)."""
    other = [m.end() for m in _others(before, low)]
    if not other:  # as before most filings: the statement's own words need no search
        return False
    reg = [m.end() for m in _REGISTRATION.finditer(before, low)]
    return not reg or other[-1] > reg[-1]


def _others(text: str, low: str) -> list[re.Match[str]]:
    """Documents other than the registration statement named in ``text`` (an amendment
    "thereto" or "to the Registration Statement" is the statement)."""
    return [
        m for m in _OTHER_DOCUMENT.finditer(text, low) if not _AMENDMENT_THERETO.match(low, m.end())
    ]


_AMENDMENT_THERETO = re.compile(
    r"\.?\s*\d+\s+(?:thereto|to\s+(?:(?:the|such|its)\s+)?registration\s+statement)"
)


_REGISTRATION = Anchored(
    r"registration\s+statement|\bForm\s+[SF]-\d", ("registration", "form"), re.IGNORECASE
)
# Other documents whose filing dates letters recite.
_OTHER_DOCUMENT = Anchored(
    r"\bForm\s+(?:8-A|8-K|10-K|10-Q)|\bCertificate|\bArticles|\bAmendment\s+No|\bcharter\b"
    r"|\bSecretary\s+of\s+State|\bprospectus\s+supplement",
    ("form", "certificate", "articles", "amendment", "charter", "secretary", "prospectus"),
    re.IGNORECASE,
)


def letter_date(text: str, st: Structure) -> Found[str | None]:
    """The date of the letter: the first full date in the header; failing that, a date
    standing alone on a line near the top of the body, or anywhere (a running head)."""
    headed = st.body.start > 0
    end = st.body.start if headed else min(len(text), 1500)
    for m in st.dates_before(end):
        if _other_date(text, m):
            continue
        if not headed and not _alone_on_line(text, m):
            continue  # no heading found: a date inside the prose is another document's
        value = iso(m)
        if value:
            return Found.of(value, spans=[Span(m.start(), m.end())])
    for m in DATE.finditer(text, st.low, st.body.start, min(len(text), st.body.start + 300)):
        if _alone_on_line(text, m) and not _other_date(text, m):
            value = iso(m)
            if value:
                return Found.of(value, spans=[Span(m.start(), m.end())])
    # A later page's running head repeats the date on a line of its own.
    for m in DATE.finditer(text, st.low, st.body.start):
        starts_line = m.start() == 0 or text[m.start() - 1] == "\n"
        if starts_line and text[m.end() : m.end() + 1] in ("\n", ""):
            value = iso(m)
            if value:
                return Found.of(value, spans=[Span(m.start(), m.end())])
    return Found.of(None)


def _other_date(text: str, m: re.Match[str]) -> bool:
    """The words before the date make it another event's ("filed on", "the year ended")."""
    return _NOT_LETTER_DATE.search(text[max(0, m.start() - 40) : m.start()].lower()) is not None


def _alone_on_line(text: str, m: re.Match[str]) -> bool:
    """Nothing but white space before the date on its line."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return not text[line_start : m.start()].strip()
