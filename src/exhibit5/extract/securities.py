"""What is registered: how many shares (or units), of which class and par value, under which
plans."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from exhibit5.anchored import Anchored
from exhibit5.document import Span
from exhibit5.extract.dates import DATE
from exhibit5.extract.numbers import AMOUNT, amount
from exhibit5.extract.record import Found
from exhibit5.extract.structure import Sentence, Structure
from exhibit5.terms import Term, Terms

# The class of a security, as letters name it. Most alternatives start with a fixed word.
_CLASS_COMMON = (
    r"(?:(?:Class|Series)\s+[A-Z0-9]{1,2}\s+(?:[\w-]+\s+){0,4}?|(?:non-?\s?voting|voting|"
    r"restricted|ordinary)\s+)?(?:common|preferred|ordinary|capital|subordinate\s+voting)\s+"
    r"(?:stock|shares?)(?:\s+of\s+beneficial\s+interest)?"
    r"|American\s+depositary\s+(?:shares|receipts)|ordinary\s+shares"
    r"|(?:Class\s+[A-Z0-9]{1,2}\s+)?(?:(?:common|subordinated|limited\s+partnership)\s+)?units"
    r"|(?:(?:senior|subordinated|junior\s+subordinated)\s+)?debt\s+securities"
    r"|limited\s+liability\s+company\s+interests|(?:trust\s+)?preferred\s+securities"
    # The shares of a Swiss or German company: "registered shares", "bearer shares".
    r"|(?:registered|bearer)\s+shares"
)
_CLASS_REST = (
    # Rights as a security are named as such ("Rights", "subscription rights"), not "rights"
    # in "waiver of rights under any usury law".
    r"(?:subscription\s+)?warrants|(?-i:(?:(?:[Nn]on-?)?[Tt]ransferable\s+)?Rights|RIGHTS)"
    # What an S-8 registers for a deferred compensation plan.
    r"|deferred\s+compensation\s+obligations"
    r"|(?:(?:non-?)?transferable\s+)?(?:subscription|purchase)\s+rights|(?:non-?)?transferable\s+rights"
    r"|shares\s+of\s+beneficial\s+interest|depositary\s+shares"
)
_CLASS_STARTS = (
    "class", "series", "non", "voting", "restricted", "ordinary", "common", "preferred",
    "capital", "subordinate", "american", "units", "senior", "junior", "debt", "warrants",
    "transferable", "rights", "subscription", "purchase", "shares", "depositary", "limited",
    "trust", "deferred", "registered", "bearer",
)  # fmt: skip
_CLASS_RE = re.compile(
    # A named series of preferred stock, kept whole: "Noncumulative Perpetual Monthly Income
    # Preferred Stock, Series C".
    r"\b(?P<cls>(?-i:(?:[A-Z][\w-]*\s+){1,5})(?i:preferred\s+stock),\s+(?i:series)\s+[A-Z0-9]{1,3}\b"
    # ... or with its dividend rate first: "8 1/2% Series A Cumulative Preferred Stock".
    r"|\d+(?:\s\d/\d|\.\d+)?\s?%\s+(?:[\w-]+\s+){0,5}?preferred\s+(?:stock|shares)"
    rf"|{_CLASS_COMMON}|(?:[\w.%/-]+\s+){{0,5}}?(?:notes|debentures)|{_CLASS_REST})\b",
    re.IGNORECASE,
)
# The same without the alternatives that may start at any word: enough where neither a
# "Preferred Stock, Series", a "...% ... Preferred Stock" nor notes or debentures are named.
_CLASS_WORDS = Anchored(
    rf"\b(?P<cls>{_CLASS_COMMON}|{_CLASS_REST})\b", _CLASS_STARTS, re.IGNORECASE
)


def _classes(text: str, low: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """``_CLASS_RE.finditer(text, pos, endpos)``, the cheap way when it can be."""
    def named(word: str) -> bool:
        return low.find(word, pos, endpos) >= 0

    if (named("preferred") and (named("series") or named("%"))) or any(
        named(w) for w in ("notes", "debentures")
    ):
        return _CLASS_RE.finditer(text, pos, endpos)
    return _CLASS_WORDS.finditer(text, low, pos, endpos)


# "160,000 shares of the Company's common stock", "1,846,673 Ordinary Shares", "28,750,000 units".
_COUNT = re.compile(
    # (Glued to "shares" as converted HTML may leave it: "9,000,000shares".)
    r"(?P<amt>" + AMOUNT.pattern + r")(?:\s+|(?=(?i:shares|units)\b))"
    r"(?:(?:additional|authorized|newly|issued|unissued|previously|and|but|outstanding|registered"
    r"|of\s+the\s+Company's|of\s+its|of\s+our"
    # "4,000,000 US$0.0001 par value Ordinary Shares"
    r"|(?:US|U\.S\.)?\$\s?\d*\.?\d+\s+(?:nominal|par)\s+value)\s+)*"
    r"(?P<what>shares|Shares|SHARES|units|Units|UNITS|(?:[A-Z][\w-]*\s+){0,3}(?:Shares|shares|Units|units)"
    r"|(?:(?:Class|Series)\s+[A-Z0-9]{1,2}\s+)?(?:common|ordinary|Common|Ordinary|COMMON)\s+(?:shares|Shares"
    r"|stock|Stock))\b",
    re.IGNORECASE,
)
# Words before an amount that make it a part or a total of another one.
_COUNT_EXCLUDED_LEAD = re.compile(
    r"\b(?:including|of\s+which|for\s+an\s+aggregate\s+of|for\s+a\s+total\s+of"
    # "ADSs, each representing 100 ordinary shares": a ratio, not an amount.
    r"|each\s+(?:\w+\s+)?represent(?:s|ing)|each\s+of\s+which\s+represents"
    # "Of the Shares, 200,000 shares are ...": a part of an amount already counted.
    r"|of\s+(?:the|such|these)\s+(?:\w+\s+)?(?:Shares|Securities|shares)\s*,)\s+$",
    re.IGNORECASE,
)
# Words (lower-cased) one of which every match of _COUNT_EXCLUDED_LEAD holds: the pattern, tried
# at every position, runs only where one is named.
_EXCLUDED_LEAD_WORDS = ("includ", "which", "aggregate", "total", "represent", ",")
# The same for _COUNT_NOISE_BEFORE below.
_NOISE_WORDS = (
    "$", "par", "per", "authorized", "consist", "reserved", "previously", "outstanding",
    "initially",
)  # fmt: skip
_COUNT_NOISE_BEFORE = re.compile(
    # What a capital or a unit consists of (but "securities consisting of 2,500,000 shares" is
    # the amount registered).
    r"(?:\$|par\s+value\s+of\s+|per\s+|authorized\s+capital[^.]{0,80}"
    r"|(?<!securities\s)consist(?:s|ing)\s+of\s+|"
    r"reserved[^.]{0,30}|previously\s+registered[^.]{0,40}|outstanding[^.]{0,20}|initially\s+"
    r"(?:purchase|acquire)\s+)$",
    re.IGNORECASE,
)
# A currency before an amount: a symbol, a code ("NLG", "CHF") or a code's dollar ("US$",
# "HK$"; "U.S. $" is read by its own lead).
_CURRENCY = r"(?:\$|€|£|¥|(?-i:[A-Z]{1,3})\$|(?-i:[A-Z]{3})\s?)"
# An amount, with the fraction of a cent some par values carry ("$.33 1/3", "$1.66-2/3").
_AMOUNT = r"\d*\.?\d+(?:[\s-]\d/\d\b)?"
# "par value $.01", "par value one dollar ($1.00)", "$1.00 par value", "nominal value of EUR
# 0.05", "nominal value of 50p" or "shares of 10p each" (in pence or cents), "no par".
_PAR_VALUE = (
    r"\bpar\s+value\s*(?:of\s+|:\s*)?(?:[a-z]+(?:[\s-]+[a-z]+){0,3}\s*\(\s*)?(?:U\.?S\.?\s?)?"
    rf"(?P<cur>{_CURRENCY})?\s?(?P<v>{_AMOUNT})(?!\s?(?:p|pence|cents?)\b)"
    rf"|(?P<cur2>\$|NIS\s?)(?P<v2>{_AMOUNT})\s+(?:per\s+share\s+)?par\s+value"
    # "CHF 0.40 par value": matched from "par", and the amount read back from its currency
    # code (_CODED_AMOUNT), as codes as first words would cost a find of the letter each.
    r"|(?<=\d\s)(?P<coded>par\s+value)\b"
    rf"|\bnominal\s+value\s+(?:of\s+)?{_CURRENCY}?\s?(?P<v3>\d*\.?\d+)"
    r"(?!\s?(?:p|pence|(?:euro\s+)?cents?)\b)"
)
_IN_PENCE = r"(?P<sub>\d{1,2})\s?(?:p|pence|(?:euro\s+)?cents?)\b"
_PENCE_LEAD = r"(?:nominal|par)\s+value\s+(?:of\s+)?"
_NO_PAR = r"\b(?P<none>(?:without|no)\s+(?:nominal\s+or\s+)?par(?:\s+value)?|no-par)\b"
# ("nominal" starts with "no": every place of it is one of "no".)
_PAR_STARTS = ("par", "$", "nis", "without", "no")
_PAR = Anchored(
    rf"(?:{_PAR_VALUE}|\b(?:{_PENCE_LEAD}|(?<=shares\s)of\s+){_IN_PENCE}|{_NO_PAR})",
    (*_PAR_STARTS, "of"),
    re.IGNORECASE,
)
# The same without "shares of 10p", whose first word "of" is in every sentence: enough where
# no such amount is written (looked for in the lower-cased text, which is NFKC like the text).
_PAR_WORDS = Anchored(
    rf"(?:{_PAR_VALUE}|\b{_PENCE_LEAD}{_IN_PENCE}|{_NO_PAR})", _PAR_STARTS, re.IGNORECASE
)
_SHARES_IN_PENCE = re.compile(r"shares\sof\s+" + _IN_PENCE)
_CODED_AMOUNT = re.compile(r"\b[A-Z]{3}\s?(?P<v4>\d*\.?\d+)\s$")


def _pars(text: str, low: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """``_PAR.finditer(text, low, pos, endpos)``, the cheap way when it can be: each match
    searched for from the one before, as the caller most often stops at the first."""
    if _SHARES_IN_PENCE.search(low, max(0, pos - 7), endpos):
        return _PAR.finditer_stepwise(text, low, pos, endpos)
    return _PAR_WORDS.finditer_stepwise(text, low, pos, endpos)


# A plan, or as English issuers call it a scheme ("Share Option Scheme").
# A plan's last word (plans may be named with their rules: "Share Option Plan Rules", a Swiss
# "Stock Option Plan Regulation").
_PLAN_WORD = Anchored(
    r"\b(?:Plan|PLAN|Scheme|SCHEME)s?(?:\s+(?:Rules|RULES|Regulations?|REGULATIONS?)\b)?\b",
    ("plan", "scheme"),
)
_PLAN_CONNECTOR = frozenset({"and", "of", "for", "&", "to", "the", "in", "de"})
_NOT_PLAN = re.compile(
    r"\bAgreement\s+and\s+Plan\b|^[^\n]*?\b(?:Plan|Scheme)\s+of\s+(?:Merger|Reorganization|Arrangement"
    r"|Assumption|"
    r"Distribution|Liquidation|Conversion|Exchange|Share\s+Exchange|Operation)",
    re.IGNORECASE,
)


def _not_a_plan(phrase: str) -> bool:
    """Does ``phrase`` name a plan of merger or the like? (The pattern, tried at each position,
    runs only where one of the words it needs is.)"""
    low = phrase.lower()
    return ("of" in low or "agreement" in low) and _NOT_PLAN.search(phrase) is not None


_STRONG_PLAN = re.compile(
    r"\b(?:Stock|Equity|Incentive|Option|Purchase|Compensation|Savings|Benefit|Ownership|"
    r"Retirement|401\(k\)|Award|Deferred|Share|Reinvestment|Investment|Bonus|Director|Employee)",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\S+")
_EACH_UNIT = re.compile(r"\beach\b[^,;]{0,40}$")
_INCLUSION = re.compile(r"includ|aggregate|total|of which|plus")
_DEBT_NOUN = re.compile(r"\b(?:notes|debentures)$")
_SECURED = re.compile(r"^(?:unsecured|secured)\s+")
_PAR_BEFORE = re.compile(r"(?:par\s+value|per)\s*$")
_OWNER = re.compile(r",?\s+of\s+([A-Z][\w&.-]*)")
# Where one class's description ends: a sentence's stop (not an abbreviation's: "of Acme
# Bancshares, Inc. (the "Company"), par value $2.00"), or a bracket closing before "and"/"or".
_CLASS_SEPARATOR = re.compile(
    r"(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)(?<!\bL\.P)(?<!\bN\.V)[.;]\s|\)\s*,?\s*(?:and|or)\b"
)
_PLAN_WORDS = re.compile(r"[\w()]+")
# A token's possessive ending, and the marks that stop a plan name's walk back at a token
# (tokens hold no line break: these are their first and last characters).
_POSSESSIVE = ("'s", "=s", "’s")
_CLOSING_MARKS = (";", ":", ")", '"')
_OPENING_MARKS = ('"', "(")
_BRACKETED_SUFFIX = re.compile(r"\w*\(\w{1,3}\)")
_NEXT_NAME = re.compile(
    r"\s+and\s+the\s|\s+Plans?\b|\s+and\s+(?!(?:its\s+)?(?:Subsidiaries|Affiliates)\b)[^T]"
)
_CORPORATE_SUFFIX = re.compile(r"\s*(?:Inc|Ltd|LLC|L\.P|Corp|Incorporated|Limited)\b")


def share_count(text: str, st: Structure) -> tuple[Found[int | None], Found[str | None]]:
    """The number of shares (or units) registered, summing several plans or tranches, and the
    class of the first counted amount."""
    # A post-effective amendment's own amount, not the total its statement first registered:
    # "The Registration Statement registered 900,000 shares ... The Post-Effective Amendment
    # relates to 250,000 shares ...".
    amendment = [s for s in st.opening if _AMENDMENT_SUBJECT.match(s.low)]
    found = (_counts(amendment) if amendment else []) or _counts(st.opening)
    if not found:
        table = _table_counts(text, st)
        if table is not None:
            return table, Found.of(None)
        found = _counts(st.after_opening[:12])
    if not found:
        return Found.of(None), Found.of(None)
    classes = {c for _, _, (c, _) in found}
    if _DEPOSITARY in classes and len(classes) > 1:
        # Depositary shares represent the other amount's shares: count the class named first.
        first = found[0][2][0]
        found = [f for f in found if f[2][0] == first]
    found = _without_warrant_preferred(text, found)
    aggregate = [v for v, span, _ in found if _is_aggregate(text, span.start)]
    # The same amount named twice is one amount ("a warrant to purchase 99,157 shares" and
    # "(ii) 99,157 shares issuable on its exercise"; preferred shares and the common shares they
    # convert into), unless each time it is an item of a list, of one class ("(i) 750,000
    # shares under the 2003 Plan and (ii) 750,000 shares under the 2010 Plan").
    named: dict[int, list[tuple[bool, str | None]]] = {}  # amount -> (listed, class) each time
    for v, span, (cls, _) in found:
        listed = _LISTED.search(text, max(0, span.start - 40), span.start) is not None
        named.setdefault(v, []).append((listed, cls))
    distinct: list[int] = []
    for v, times in named.items():
        each = all(listed for listed, _ in times) and len({cls for _, cls in times}) == 1
        distinct += [v] * (len(times) if each else 1)
    total = sum(distinct)
    # A stated total next to its parts: the total.
    biggest = max(distinct)
    if len(distinct) > 2 and biggest * 2 == total:
        total = biggest
    elif (
        len(aggregate) == 1
        and aggregate[0] == biggest
        and total - biggest <= biggest
        and not _adds_to_it(text, found)
    ):
        # "an aggregate of 3,000,000 shares", then some of its parts (several aggregates are
        # tranches: "(i) an aggregate of 300,000 shares ... and (ii) an aggregate of ...").
        total = biggest
    spans = [span for _, span, _ in found]
    cls_value, cls_span = found[0][2]
    security: Found[str | None] = (
        Found.of(cls_value, spans=[cls_span]) if cls_value else Found.of(None)
    )
    return Found.of(total, spans=spans), security


_AMENDMENT_SUBJECT = re.compile(r"(?:the|this)\s+post-effective\s+amendment\b")


# "a warrant to purchase 2,000 shares": what a warrant is exercisable for.
_WARRANT_LEAD = re.compile(
    r"\bwarrants?\s+(?:[\w-]+\s+){0,2}?(?:to\s+(?:purchase|acquire)|exercisable\s+for)\s+"
    r"(?:up\s+to\s+)?(?:an\s+aggregate\s+of\s+)?$",
    re.IGNORECASE,
)


def _without_warrant_preferred(
    text: str, found: list[tuple[int, Span, tuple[str | None, Span]]]
) -> list[tuple[int, Span, tuple[str | None, Span]]]:
    """A list of preferred shares, a warrant to purchase common shares and those warrant shares
    (a sale of preferred and a warrant to the Treasury, registered for resale): the warrant
    shares are the amount and the class, not the preferred."""
    preferred = [f for f in found if f[2][0] and "preferred" in f[2][0]]
    if not preferred or len(preferred) == len(found):
        return found
    for v, span, _ in found:
        if _WARRANT_LEAD.search(text, max(0, span.start - 60), span.start) and any(
            w == v and other != span for w, other, _ in found
        ):
            return [f for f in found if f not in preferred]
    return found


_DEPOSITARY = "american depositary shares"
_AGGREGATE_LEAD = re.compile(
    r"\b(?:an\s+aggregate\s+of|a\s+total\s+of|in\s+the\s+aggregate)\s+(?:up\s+to\s+)?$",
    re.IGNORECASE,
)


_LISTED = re.compile(
    r"(?:^|\s)\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+(?:(?:an\s+aggregate\s+of|up\s+to)\s+)?$",
    re.IGNORECASE,
)


def _adds_to_it(text: str, found: list[tuple[int, Span, tuple[str | None, Span]]]) -> bool:
    """An amount on top of an aggregate, not one of its parts: "an aggregate of 4,000,000 units
    (together with an additional 600,000 units subject to the over-allotment option)"."""
    return any(_ADDITIONAL.search(text, max(0, at.start - 30), at.start) for _, at, _ in found)


def _is_aggregate(text: str, start: int) -> bool:
    """An amount introduced as a total: "an aggregate of 3,000,000 shares"."""
    return _AGGREGATE_LEAD.search(text, max(0, start - 40), start) is not None


# A sentence about the registration (not "The Company issued and sold 10,200 shares of ...").
_REGISTRATION_CONTEXT = Anchored(
    r"(?:regist|offer|issuable|to\s+be\s+(?:issued|sold)|covering|relating\s+to|resale|sale\s+by|"
    r"may\s+be\s+issued|reserved\s+for|under\s+the\s+\w+\s+Plan|issuance|proposed|sale\s+of)",
    ("regist", "offer", "issuable", "to", "covering", "relating", "resale", "sale", "may",
     "reserved", "under", "issuance", "proposed"),
    re.IGNORECASE,
)  # fmt: skip
# After these words the amounts that follow are parts of the one before ("2,760,000 shares,
# which include 360,000 shares ...", "comprising (a) 625,000 ... (b) ...").
_COMPONENTS = re.compile(r"\b(?:includ\w*|of\s+which)\b", re.IGNORECASE)
_COMPOSED_OF = re.compile(r"\b(?:comprising|consisting)\s+of\b", re.IGNORECASE)
# An amount whose parts follow: "Of the 5,000,000 Shares subject to this opinion: ...".
_OF_THE_AMOUNT = re.compile(r"\s*Of\s+(?:the|such|these)\s+\d", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;]\s+(?:and\s+)?(?:by\s|\(?(?:[a-h]|[ivx]{1,4}|\d)\)\s)")
_OVER_ALLOTMENT = re.compile(r"over-?\s?allotment", re.IGNORECASE)


# A sentence that breaks an amount already read into its parts.
_PARTS_OF_COUNTED = re.compile(
    r"(?:The|Such|These)\s+(?:[A-Z][\w-]*\s+){0,3}(?:Shares|Securities|Units)\s+"
    r"(?:consist|comprise|include|are\s+comprised)"
)
_COUNT_ITEM = re.compile(r"\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s", re.IGNORECASE)
_INCLUDED_PART = re.compile(r"\b(?:including|includes?|of\s+which)\b", re.IGNORECASE)


def _over_allotment_amount(text: str, start: int, end: int) -> bool:
    """The amount just read is the over-allotment option's, and part of a total already read
    (not "up to 2,300,000 shares (including 300,000 shares subject to the over-allotment
    option)", whose part it is; nor "and an additional 750,000 shares that the underwriters may
    purchase to cover over-allotments", a tranche of its own)."""
    window = text[end : end + 140]
    if "allotment" not in window.lower() or _ADDITIONAL.search(text, max(0, start - 30), start):
        return False
    following = _NEXT_FIGURE.search(window)  # words after another amount are that amount's
    window = window[: following.start()] if following else window
    part = _INCLUDED_PART.search(window)
    return _OVER_ALLOTMENT.search(window, 0, part.start() if part else len(window)) is not None


_NEXT_FIGURE = re.compile(r"\d[\d,]{2,}")
_ADDITIONAL = re.compile(r"\badditional\b(?:\s+up\s+to)?\s*$", re.IGNORECASE)
# An upper figure of the same offering, not a further tranche: "(920,000 shares if the
# estimated valuation range is increased by 15%)".
_ALTERNATIVE = re.compile(r"\(\s*(?:up\s+to\s+)?$")
_ALTERNATIVE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?if\b", re.IGNORECASE)
# A figure's first digit (not one inside "1.5", "1,000" or "$10"). The look-behind follows the
# digit, so that re skips from one digit to the next.
_DIGIT_START = re.compile(r"[0-9](?<![\w.,$][0-9])")
_WORD_NUMBER_START = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred)\b",
    re.IGNORECASE,
)
# "million" and "billion" both hold "illion"; substring tests, as a search of an alternation
# tries it at each of its first letters.
_SCALE_WORDS = ("hundred", "thousand", "illion")


def _count_matches(text: str, low: str) -> list[re.Match[str]]:
    """``_COUNT`` tried only where a number starts: a figure, or a number in words when the
    sentence has a scale word ("five hundred thousand")."""
    starts = [m.start() for m in _DIGIT_START.finditer(text)]
    if any(word in low for word in _SCALE_WORDS):
        starts = sorted({*starts, *(m.start() for m in _WORD_NUMBER_START.finditer(text))})
    out: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start < end:
            continue
        m = _COUNT.match(text, start)
        if m:
            out.append(m)
            end = m.end()
    return out


def _is_alternative(text: str, m: re.Match[str]) -> bool:
    """The amount opens a bracket and a condition follows it: "(920,000 shares if ...)"."""
    return bool(
        _ALTERNATIVE.search(text, max(0, m.start("amt") - 12), m.start("amt"))
        and _ALTERNATIVE_AFTER.match(text, m.end("amt"))
    )


def _year_of_a_date(text: str, m: re.Match[str]) -> bool:
    """ "a meeting held on July 11, 2000 at which the Shares were authorized": a year."""
    if len(m.group("amt")) != 4:
        return False
    end = m.end("amt")
    date = DATE.pattern.search(text, max(0, end - 24), end)
    return date is not None and date.end() == end


def _year_of_a_name(text: str, m: re.Match[str]) -> bool:
    """ "the 2021 Plan Shares": a year in a name, not an amount."""
    amt = m.group("amt")
    return (
        len(amt) == 4
        and amt.isdigit()
        and 1900 <= int(amt) <= 2099
        and m.group("what")[:1].isupper()
        and m.group("what").split()[0] not in ("Shares", "SHARES", "Units", "UNITS")
    )


def _names(low: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Does ``low[start:end]`` hold one of ``words``?"""
    return any(low.find(w, start, end) >= 0 for w in words)


def _counts(sentences: list[Sentence]) -> list[tuple[int, Span, tuple[str | None, Span]]]:
    out: list[tuple[int, Span, tuple[str | None, Span]]] = []
    listing = False  # items of a list announced by a registration sentence ending in ":"
    parts = False  # ... that breaks an amount already counted into its parts
    for s in sentences:
        low = s.low
        item = listing and _COUNT_ITEM.match(s.text) is not None
        opens_list = not item and s.text.rstrip().endswith(":")
        registered = opens_list and _REGISTRATION_CONTEXT.search(s.text, s.low) is not None
        listing = item or registered
        if opens_list:
            # "... 110,000 shares, consisting of:", "Of the 5,000,000 Shares:": parts follow.
            tail = max(0, len(s.text) - 40)
            parts = bool(_COMPOSED_OF.search(s.text, tail) or _OF_THE_AMOUNT.match(s.text))
        elif not item:
            parts = False
        if item and parts:
            continue
        if not ("share" in low or "unit" in low or "stock" in low):
            continue
        if out and _PARTS_OF_COUNTED.match(s.text):
            continue  # "The Registrable Shares consist of (i) ...": parts of an amount counted
        # The amounts first: a sentence without one (most that name shares) is spared the
        # search for its registration words.
        matches = _count_matches(s.text, low)
        if not matches or (
            not (item or registered)
            and (opens_list or not _REGISTRATION_CONTEXT.search(s.text, low))
        ):
            continue
        components: tuple[int, int] | None = None
        first = len(out)  # where this sentence's amounts start
        composed = "comprising" in low or "consisting" in low
        parted = "includ" in low or "which" in low
        for m in matches:
            if components is not None and components[0] < m.start() < components[1]:
                continue
            if components is None and m.start() <= 12 and _OF_THE_AMOUNT.match(s.text):
                # "Of the 5,000,000 Shares ...: (a) 2,000,000 of such Shares ...": its parts.
                components = (m.end(), len(s.text))
            lead = max(0, m.start() - 30)
            if _names(low, lead, m.start(), _EXCLUDED_LEAD_WORDS) and _COUNT_EXCLUDED_LEAD.search(
                s.text, lead, m.start()
            ):
                continue
            whole = _COMPOSED_OF.search(s.text, m.end(), m.end() + 400) if composed else None
            if whole and _EACH_UNIT.search(s.text[m.end() : whole.start()]):
                whole = None  # "each Unit consisting of two shares": what a unit holds
            comp = _COMPONENTS.search(s.text, m.end(), m.end() + 160) if parted else None
            if whole and components is None:
                # "2,270,800 shares ..., comprising (a) ..., (b) ... and (c) ...": all parts.
                components = (whole.start(), len(s.text))
            elif comp and (components is None or comp.start() > components[1]):
                # "... which includes 232,500 shares ..., and by the selling ...": to the
                # end of the clause.
                stop = _CLAUSE_END.search(s.text, comp.end())
                end = stop.start() if stop else len(s.text)
                # "(including 545,203 additional units ...)": the parts end with the bracket.
                between = s.text[m.end() : comp.start()]
                if between.count("(") > between.count(")"):
                    close = s.text.find(")", comp.end())
                    end = min(end, close) if close >= 0 else end
                components = (comp.start(), end)
            if _over_allotment_amount(s.text, m.start(), m.end()):
                continue
            before = max(0, m.start() - 100)
            if _names(low, before, m.start("amt"), _NOISE_WORDS) and _COUNT_NOISE_BEFORE.search(
                s.text[before : m.start("amt")]
            ):
                continue
            if _inside_inclusion(s.text, m.start("amt")):
                continue
            amt_match = AMOUNT.match(s.text, m.start("amt"))
            value = amount(amt_match) if amt_match else None
            if not value or value < 10 or _year_of_a_name(s.text, m) or _year_of_a_date(s.text, m):
                continue
            start = s.span.start + m.start("amt")
            cls = _class_after(s.text, low, m.end("amt"), s.span.start)
            counted = (value, Span(start, s.span.start + m.end("what")), cls)
            if len(out) > first and _is_alternative(s.text, m):
                out[-1] = counted  # the offering's upper figure replaces its base figure
            else:
                out.append(counted)
    return out


_TABLE_HEADER = re.compile(r"(?i)^.{0,40}\b(?:number\s+of\s+)?(?:shares|units)\b.{0,40}$")
_TABLE_ROW = re.compile(r"^(?P<label>.{2,160}?)\s+(?P<n>\d{1,3}(?:,\d{3})+|\d{2,})(?:\s+shares)?$")


def _table_counts(text: str, st: Structure) -> Found[int | None] | None:
    """Amounts given in a table (one row per plan or tranche, read row by row): the rows
    under a "Shares" column header, summed, or the "Total" row if there is one."""
    stop = st.opinion_start if st.opinion_start is not None else st.body.end
    rows: list[tuple[str, int, Span]] = []
    in_table = False
    for para in st.paragraphs:
        if para.start < st.body.start or para.start >= stop:
            continue
        chunk = text[para.start : para.end].strip()
        if not in_table:
            in_table = len(chunk) < 80 and bool(_TABLE_HEADER.match(chunk))
            continue
        m = _TABLE_ROW.match(chunk)
        if not m:
            if rows:
                break
            continue
        start = para.start + m.start("n")
        rows.append(
            (
                m.group("label"),
                int(m.group("n").replace(",", "")),
                Span(start, start + len(m.group("n"))),
            )
        )
    if not rows:
        return None
    total = [r for r in rows if r[0].lower().startswith("total")]
    if total:
        return Found.of(total[0][1], spans=[total[0][2]])
    return Found.of(sum(r[1] for r in rows), spans=[r[2] for r in rows])


def _inside_inclusion(text: str, pos: int) -> bool:
    """An amount inside "(including 232,500 shares ...)" or "(for an aggregate of ...)"."""
    open_at = text.rfind("(", 0, pos)
    if open_at < 0 or text.rfind(")", 0, pos) > open_at:
        return False
    inner = text[open_at + 1 : pos].lower()
    return bool(_INCLUSION.search(inner))


_AFTER_COUNT = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:(?:additional|authorized|newly|issued|unissued|previously|and|but"
    r"|outstanding|registered)\s+)*(?:shares\s+(?:\([^)]{0,40}\)\s*)?of\s+(?:the\s+)?"
    r"(?:[A-Z][\w.&'-]*(?:'s|')\s+|its\s+|our\s+|the\s+Company's\s+)?"
    r"(?:authorized\s+(?:but\s+unissued\s+)?)?)?"
    # "$5.00 par value common stock", "no par value Common Stock"
    r"(?:(?:US)?\$?\d*\.?\d+\s+par\s+value\s+|(?:no|without)\s+par\s+value\s+)?",
    re.IGNORECASE,
)
_UNITS_AFTER = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,3}units\b", re.IGNORECASE)


def _class_after(text: str, low: str, pos: int, base: int) -> tuple[str | None, Span]:
    """The class named right after a count: "shares of the Company's Class A common stock"."""
    window = text[pos : pos + 120]
    m = _AFTER_COUNT.match(window)
    c = _CLASS_RE.match(window, m.end() if m else 0)
    if not c and m:
        # A class of shares named before "of the Company": "1,000 registered shares of the
        # Company".
        c = _CLASS_WORDS.search(window, low[pos : pos + 120], 0, m.end())
    if c:
        return _class_value(c.group("cls")), Span(base + pos + c.start(), base + pos + c.end())
    u = _UNITS_AFTER.match(window)
    if u:
        return "units", Span(base + pos + u.end() - 5, base + pos + u.end())
    return None, Span(base + pos, base + pos)


def _class_value(raw: str) -> str:
    value = " ".join(raw.split()).lower()
    if _DEBT_NOUN.search(value):
        return value.split()[-1]
    value = _SECURED.sub("", value)
    return value


def security(text: str, st: Structure, counted: Found[str | None]) -> Found[str | None]:
    """The principal security: the class of the counted shares, else the first class the
    opening (or, failing that, the opinion) names."""
    if counted.value:
        return counted
    for s in [*st.opening, *st.opinion_sentences]:
        for m in _classes(s.text, s.low, 0, len(s.text)):
            before = s.text[max(0, m.start() - 30) : m.start()].lower()
            if _PAR_BEFORE.search(before):
                continue
            start = s.span.start + m.start("cls")
            return Found.model_construct(
                value=_class_value(m.group("cls")), spans=[Span(start, start + len(m.group("cls")))]
            )
    return Found.of(None)


def par_value(
    text: str, st: Structure, sec: Found[str | None], issuer_name: str | None = None
) -> Found[str | None]:
    """Par value of the principal class: the first par value stated for that class ("common
    stock, par value $.01 per share", "the no par value Common Stock"). Units take the par of
    their common stock; debt has none."""
    if sec.value is None:
        return Found.of(None)
    def wanted(cls: str) -> bool:
        # Units take the par value of the shares they hold ("each consisting of one Class A
        # ordinary share, par value $0.0001, and one warrant").
        if sec.value in ("units", "common units"):
            return cls == sec.value or "common" in cls or "ordinary" in cls
        return cls == sec.value

    end = st.opinion_start if st.opinion_start is not None else st.body.end
    start = st.re_line.start if st.re_line else st.body.start
    for m in _pars(text, st.low, start, end):
        value_at = m  # the match whose group holds the amount
        if m.group("coded"):
            coded = _CODED_AMOUNT.search(text, max(0, m.start() - 16), m.start())
            if coded is None:
                continue  # "1,000 par value" with no currency: not a par value
            value_at = coded
        cls = _class_near(text, st.low, value_at.start(), m.end())
        if cls is None or not wanted(cls):
            continue
        owner = _OWNER.match(text[m.end() : m.end() + 60])
        if owner and issuer_name and owner.group(1).lower() not in issuer_name.lower():
            continue  # another company's stock ("$1.00 par value of Target Bancshares")
        if m.group("none"):
            value, g = "none", "none"
        elif m.group("sub"):
            value, g = f"{int(m.group('sub')) / 100:.2f}", "sub"  # 50p -> 0.50
        else:
            g = next(g for g in ("v", "v2", "v3", "v4") if value_at.groupdict().get(g))
            value = value_at.group(g)
            if value.startswith("."):
                value = "0" + value
        return Found.of(value, spans=[Span(value_at.start(g), value_at.end(g))])
    return Found.of(None)


def _class_near(text: str, low: str, start: int, end: int) -> str | None:
    """The class a par value belongs to: named just after it ("$1.00 par value common stock")
    or just before it ("common stock, par value $.01")."""
    after = _CLASS_RE.match(text, len(text) - len(text[end:].lstrip(" ,")))
    if after:
        return _class_value(after.group("cls"))
    before = list(_classes(text, low, max(0, start - 120), start))
    if before and not _CLASS_SEPARATOR.search(text[before[-1].end() : start]):
        return _class_value(before[-1].group("cls"))
    return None


def plans(text: str, st: Structure, terms: Terms) -> Found[list[str]]:
    """Names of the plans under which the registered shares are issuable, from the opening
    (else the opinion, the documents reviewed and the consent)."""
    # Uses of a defined term ("the 2004 Plan") are not names, unless the definition repeats
    # the name in full: 'the 2020 Stock Option Plan (the "2020 Stock Option Plan")'.
    defined = {t.term.casefold(): t for t in terms.defined}

    def is_term(name: str) -> bool:
        term = defined.get(name.casefold())
        return term is not None and not _repeats_its_name(text, term)

    first = _plan_names(st.opening, is_term, strong=False)
    if first.value:
        return first
    later = _plan_names(st.after_opening, is_term, strong=True)
    return later if later.value else _generic_plan(st)


# A plan named only generically, in lower case: "under the Company's stock option plan", "the
# Company's dividend reinvestment plan" (its apostrophe maybe lost: "the Companys").
_GENERIC_PLAN = re.compile(
    r"\b(?:the\s+(?:Company|Corporation|Registrant)(?:'s|’s|s)|its|our|the)\s+"
    r"(?P<n>(?-i:(?:[a-z0-9()-]+\s+){0,3}?(?:stock|share|equity|option|incentive|purchase"
    r"|compensation|savings|ownership|reinvestment)\s+(?:[a-z()-]+\s+){0,2}?plan))\b(?!\s+of\s)",
    re.IGNORECASE,
)


def _repeats_its_name(text: str, term: Term) -> bool:
    """The definition repeats the name it defines: 'Acme 2020 Plan (the "Acme 2020 Plan")'."""
    end = term.definitions[0].antecedent.end
    before = text[max(0, end - len(term.term) - 4) : end].rstrip(' ,"')
    return before.casefold().endswith(term.term.casefold())


def _generic_plan(st: Structure) -> Found[list[str]]:
    for s in st.opening:
        if "plan" not in s.low:
            continue
        m = _GENERIC_PLAN.search(s.text)
        if m and _REGISTRATION_CONTEXT.search(s.text, s.low):
            start = s.span.start + m.start("n")
            return Found.of([m.group("n")], spans=[Span(start, start + len(m.group("n")))])
    return Found.of([])


def _plan_names(
    sentences: list[Sentence], is_term: Callable[[str], bool], *, strong: bool
) -> Found[list[str]]:
    found: list[tuple[str, Span, bool]] = []
    sources: list[str] = []
    for i, s in enumerate(sentences):
        if "plan" not in s.low and "scheme" not in s.low:
            continue  # the cheap test of _PLAN_WORD's start words, for most sentences
        # The sentence goes on from one that stopped mid-name: a Re: line split over table
        # cells ("Acme, Inc. 2004 Employee" / "Stock Option Plan").
        cut = i > 0 and _runs_on(sentences[i - 1], s)
        # The cheap tests of _FORMER_NAME and _SHARE_SOURCE.
        renamed = "formerly" in s.low or "f/k/a" in s.low or "successor" in s.low
        drawn_on = "available" in s.low
        for m in _PLAN_WORD.finditer(s.text, s.low):
            name_span = _plan_name(s.text, m.start(), m.end())
            if name_span is None:
                continue
            a, b, name = name_span
            if (
                len(name.split()) < 2
                or is_term(name)
                # "... Plan of Merger" (but not the next item's "Plan of Assumption" in a list)
                or _not_a_plan(name + s.text[b : b + 25].split(" Plan", 1)[0])
            ):
                continue
            if strong and not _STRONG_PLAN.search(name):
                continue
            if _PRIOR_PLAN.match(s.text, b):
                continue  # a plan the new one replaces: (the "Prior Plan")
            if _BUYER_PLAN.search(s.text, max(0, a - 60), a):
                continue  # a plan that buys shares in the offering, not one that issues them
            if renamed and _FORMER_NAME.search(s.text, max(0, a - 30), a):
                continue  # the plan's old name: "(formerly known as the Stock Bonus Plan)"
            span = Span(s.span.start + a, s.span.start + b)
            found.append((name, span, cut and a == 0))
            if drawn_on and _SHARE_SOURCE.search(s.text, max(0, a - 90), a):
                sources.append(name)
    if len(sources) < len(found):
        # A prior plan whose unused shares roll into the new plan's reserve issues none itself.
        found = [f for f in found if f[0] not in sources]
    keys = [_plan_key(name) for name, _, _ in found]
    values: list[str] = []
    spans: list[Span] = []
    seen: set[tuple[str, ...]] = set()
    for (name, span, fragment), key in zip(found, keys, strict=True):
        # One plan written twice, once with a plural slip ("Stock Acquisitions Plan").
        if key in seen or any(_shorter_form(key, other, fragment=fragment) for other in keys):
            continue
        seen.add(key)
        values.append(name)
        spans.append(span)
    return Found.of(values, spans=spans)


def _plan_key(name: str) -> tuple[str, ...]:
    return tuple(w.removesuffix("s") for w in _PLAN_WORDS.findall(name.casefold()))


_YEAR = re.compile(r"(?:19|20)\d\d")


def _runs_on(before: Sentence, s: Sentence) -> bool:
    """Does ``s`` follow ``before`` with no stop between them, as a split line does?"""
    return before.text[-1:].isalnum() and s.span.start - before.span.end <= 2


def _shorter_form(a: tuple[str, ...], b: tuple[str, ...], *, fragment: bool = False) -> bool:
    """ "1999 Plan" or "Key Stock Option Plan" written for "Acme 1999 Key Stock Option Plan"
    (but "Stock Option Plan" is not "1997 Stock Option Plan": another year, another plan);
    "1999 Key Stock Option Plan" for "1999 Acme, Inc. Key Stock Option Plan"; a ``fragment``
    cut off from the start of its name for any name it ends. ``a`` and ``b`` are the names'
    words without a plural "s" (:func:`_plan_key`: "Directors" Plan for "Director" Plan)."""
    extra = set(b) - set(a)
    if len(a) >= len(b) or not set(a) <= set(b):
        return False
    if fragment and b[-len(a) :] == a:
        return True
    contiguous = any(b[i : i + len(a)] == a for i in range(len(b) - len(a) + 1))
    no_year = not any(_YEAR.fullmatch(w) for w in extra)
    return len(a) <= 2 or (no_year and (contiguous or _company_left_out(a, b)))


# The last word of a company's name.
_COMPANY_END = frozenset({"inc", "corp", "corporation", "company", "co", "ltd", "llc", "bancorp"})


def _company_left_out(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Is name ``a`` name ``b`` without the company's name inside it?"""
    same = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    rest = len(a) - same
    inside = b[same : len(b) - rest]
    return b[len(b) - rest :] == a[same:] and bool(inside) and inside[-1] in _COMPANY_END


_CAP_TOKEN = re.compile(r"[A-Z0-9][\w/.'&’-]*|\(\w{1,3}\)")
# A tail after "Plan": "for Residents of Puerto Rico", "of Acme Holdings, Inc.".
_PLAN_TAIL_WORDS = re.compile(
    r"\s+and\s+Trust\b|\s+(?:for|of|For|Of)\s+(?:(?:[A-Z0-9][\w/.'&’-]*|of|the|and|&|for|in|to|its)\s+)*"
    r"[A-Z0-9][\w/.'&’-]*(?:,\s+(?:Inc|Ltd|LLC|Corp)\.?)?(?=[\s,;.)\"]|$)"
)
_COMPANY_TAIL = re.compile(r"\bthe\s+(?:Company|Corporation|Registrant|Issuer|Bank)\.?$")


# Words a plan name does not run back over: a form glued on from a Re: line ("Form S-8 Acme
# Stock Plan"), a possessive written without its apostrophe ("Companys 2012 Plan").
_NOT_PLAN_TOKEN = re.compile(
    r"(?:Form|FORM|[SF]-\d{1,2}\w*|SB-\d|Companys|Corporations|Registrants|Banks|Partnerships)"
)
_PRIOR_PLAN = re.compile(
    r"\s*,?\s*\((?:the\s+)?[\"']?(?:Prior|Predecessor|Former|Old|Existing|Previous)\b",
    re.IGNORECASE,
)
# "to be purchased by the Acme Bank 401(k) Plan", "lend to the trust for the Bank's Employee
# Stock Ownership Plan the funds ... to purchase shares" (a conversion offering).
_BUYER_PLAN = re.compile(r"(?:purchased\s+by|trust\s+for)\s+(?:the\s+)?(?:[A-Z][\w.]*['’]s\s+)?$")
_FORMER_NAME = re.compile(
    r"(?:formerly(?:\s+known\s+as)?|f/k/a|successor\s+to)\s+(?:the\s+)?$", re.IGNORECASE
)
# "shares that remain available for grant under the Acme 2011 Stock Plan", "Shares available for
# award grants under the 2010 Plan": the plan a new plan's share reserve draws on.
_SHARE_SOURCE = re.compile(
    r"(?:remain(?:ing)?\s+available|available\s+for\s+(?:award\s+)?grants?)\b[^.;]{0,40}?"
    r"\bunder\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ABBREVIATED_END = re.compile(r"\b(?:Inc|Corp|Co|Ltd|N\.A|L\.P|S\.A)\.$")
_DEFINITION_OPENING = re.compile(r"\((?:the\s+|an?\s+|each,?\s+)?[\"']?\w*$")


def _plan_name(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """Walk back from the word "Plan" over the capitalised words of its name, then forward
    over a "for ..."/"of ..." tail of capitalised words."""
    if text[start - 1 : start] == "-":
        return None  # "Non-Plan Option Shares": options granted outside any plan
    if _DEFINITION_OPENING.search(text[max(0, start - 40) : start]) and (
        text[end : end + 2] in ('")', "')") or text[end : end + 1] in "\"'"
    ):
        return None  # a defined term: (the "Plan"), ("2004 Plan")
    words: list[str] = [text[start:end]]
    a = start
    pos = start
    while True:
        prev = _previous_token(text, pos)
        if prev is None:
            break
        p_start, tok = prev
        if tok.endswith('")') and "(" in text[max(0, p_start - 30) : p_start + len(tok)]:
            # An interposed definition: 'Acme Inc. (the "Company") Stock Plan'.
            pos = text.rfind("(", 0, p_start + len(tok))
            continue
        bare = tok.rstrip(",")
        if (
            tok.endswith(",")
            # "Acme Drilling, Inc., 2009 Stock Plan": the company's name, set off by a comma
            # (but not "by Acme, Inc., of the Stock Plan").
            and not (_ABBREVIATED_END.search(bare) and _CAP_TOKEN.match(words[0]))
            and not _comma_inside_name(text, p_start + len(tok), start)
        ):
            break
        if "\n" in text[p_start + len(tok) : pos] and _COMPANY_LINE_END.search(bare):
            break  # a Re: block: the issuer on one line, the plan on the next
        if _LIST_MARK_TOKEN.fullmatch(bare) and not _after_number(text, p_start):
            break  # "(ii) Acme 2001 Stock Plan"; but "401 (k) Plan"
        if bare.startswith(('"', "“")) and _CAP_TOKEN.match(bare[1:]):
            # The opening quote of a quoted plan name: its first word.
            words.insert(0, bare[1:])
            a = p_start + 1
            break
        if (
            bare in {"Plan", "Plans", "PLAN", "Scheme", "Schemes"}
            # but a company's own possessive name: "O'Dell's Inc. 2009 Stock Plan"
            or (bare.endswith(_POSSESSIVE) and not _CORPORATE_SUFFIX.match(words[0]))
            or (
                (bare.endswith(_CLOSING_MARKS) or bare.startswith(_OPENING_MARKS))
                and not _BRACKETED_SUFFIX.fullmatch(bare)
            )
        ):
            break
        if bare.lower() in _PLAN_CONNECTOR:
            low = bare.lower()
            if low in {"to", "in"} or (low == "the" and not _of_the(text, p_start)):
                break
            before = _previous_token(text, p_start)
            if low != "the" and (before is None or not _CAP_TOKEN.match(before[1].lstrip('"“'))):
                break
            if before is not None and before[1].rstrip(",") in {"Plan", "Plans"}:
                break
        elif not (_CAP_TOKEN.match(bare) or bare in _LOWER_SUFFIXES) or _NOT_PLAN_TOKEN.fullmatch(
            bare
        ):
            break
        words.insert(0, tok)
        a = p_start
        pos = p_start
    while words and words[0].lower() in _PLAN_CONNECTOR:
        a += len(words[0]) + 1
        words.pop(0)
    b = end
    tail = _PLAN_TAIL_WORDS.match(text, end)
    if tail and not _COMPANY_TAIL.search(tail.group(0)):
        # Not into the next name of a list ("... for Residents and the Acme Savings Plan").
        cut = _NEXT_NAME.search(tail.group(0)[1:])
        b = end + 1 + cut.start() if cut else tail.end()
    name = " ".join(" ".join(words).split())
    if b > end:
        name += " " + " ".join(text[end:b].split())
    if name.lower().endswith(("plans", "schemes")):
        return None
    if name.endswith(".") and not _ABBREVIATED_END.search(name):
        name, b = name[:-1], b - 1  # the sentence's full stop
    if name.startswith("The "):
        name = name[4:]
    return a, b, name.strip()


_COMPANY_LINE_END = re.compile(r"\b(?:Inc|Corp|Co|Ltd|LLC|L\.P|N\.A|Bancorp|Corporation)\.?$")
_LOWER_SUFFIXES = frozenset({"plc", "p.l.c."})  # "Acme plc 2015 Share Plan"
_LIST_MARK_TOKEN = re.compile(r"\((?:[ivxlc]{1,5}|[a-z]|\d{1,2})\)")


def _after_number(text: str, start: int) -> bool:
    prev = _previous_token(text, start)
    return prev is not None and prev[1].isdigit()


def _of_the(text: str, start: int) -> bool:
    """ "the" inside a name: "Bank of the Hills 2001 Stock Option Plan"."""
    prev = _previous_token(text, start)
    if prev is None or prev[1] != "of":
        return False
    name = _previous_token(text, prev[0])
    return name is not None and _CAP_TOKEN.match(name[1]) is not None


def _comma_inside_name(text: str, comma_end: int, plan_start: int) -> bool:
    """A comma inside a plan name: before "Inc."/"Ltd." ("Acme, Inc. Stock Plan"), or in a
    list joined by "and" ("Stock Option, Stock Ownership and Incentive Plan")."""
    rest = text[comma_end:plan_start]
    return bool(_CORPORATE_SUFFIX.match(rest)) or (
        " and " in rest and "Plan" not in rest and "," not in rest and len(rest) < 80
    )


def _previous_token(text: str, end: int) -> tuple[int, str] | None:
    """The whitespace-delimited token that ends before ``end``, and where it starts (normalized
    text has no white space but " " and line breaks; the walk back costs the token's length)."""
    stop = end
    while stop > 0 and text[stop - 1] in " \n":
        stop -= 1
    if stop == 0:
        return None
    start = max(text.rfind(" ", 0, stop), text.rfind("\n", 0, stop)) + 1
    return start, text[start:stop]
