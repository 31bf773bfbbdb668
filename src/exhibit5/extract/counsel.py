"""Who gives the opinion: counsel's name (firm or signing lawyer) and the role phrase.

The name comes, in order, from the signature block (the firm as it signs; for a first-person
letter, the lawyer as signed or typed under the signature), the letterhead (a bracketed
"[Letterhead of ...]" placeholder, a firm name, an "Opinion of ..." caption), a lawyer named at
the top of a first-person letter, and finally the EDGAR description ("OPINION OF ...").
Names are found with ``\\s+``-tolerant patterns because letterheads are often broken mid-name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from exhibit5.anchored import Anchored
from exhibit5.document import Span
from exhibit5.extract.dates import DATE
from exhibit5.extract.places import PLACE_PATTERN
from exhibit5.extract.record import Found
from exhibit5.extract.structure import Sentence, Structure

_PLACE = re.compile(PLACE_PATTERN, re.IGNORECASE)
_ROLE = Anchored(
    r"(?:\b(?i:as|are|is|am|serves?|served|been|be|undersigned)\s+)"
    # "as (i) counsel to the Company and (ii) special counsel to the Guarantors"
    r"(?:\((?:i|a|1)\)\s+)?(?:the\s+|your\s+|a\s+|an\s+|its\s+)?"
    # "as the Company's British Virgin Islands legal advisers"
    r"(?:(?-i:Company|Issuer|Registrant|Corporation|Partnership|Trust)['’]s\s+)?"
    r"(?P<role>(?:(?:[A-Z][\w.-]*|[a-z][\w-]*),?\s+(?:and\s+)?){0,7}?"
    # "Chief Legal Officer", "Chief Legal and Compliance Officer"
    r"(?:counsel|Counsel|COUNSEL|(?i:chief\s+legal\s+(?:and\s+[a-z]+\s+)?officer)"
    r"|(?i:legal\s+advis[eo]rs?|solicitors))"
    r"(?:\s+and\s+(?:Corporate\s+|Assistant\s+)?Secretary|\s+as\s+to\s+[A-Z][\w\s]{2,40}?\s+law"
    # "special legal counsel in Bermuda to the Company"
    rf"|(?P<where>\s+in\s+(?:the\s+)?(?i:Province\s+of\s+|State\s+of\s+)?{PLACE_PATTERN})"
    r"(?=\s+(?:to|for)\s))?)"
    r"(?=[\s,.;:)]|$)",
    ("as", "are", "is", "am", "serve", "be", "undersigned"),
)
# Words one of which the role itself needs.
_ROLE_WORDS = ("counsel", "chief legal", "legal advis", "solicitor")
# Words of the verb phrase that the role pattern may take in before the role itself.
_ROLE_STOP_WORDS = frozenset(
    {"acted", "acting", "have", "has", "we", "i", "been", "being", "this", "firm", "us", "by",
     "delivered", "a", "an", "capacity", "our", "my", "in", "letter", "opinion", "is", "the", "as",
     "serving", "retained", "engaged"}
)  # fmt: skip
# "opinion of counsel", "advice of counsel": not a role.
_NOT_ROLE = re.compile(r"\b(?:of|opinion|consent|advice|other|outside|company's)\s")

_FIRM_SUFFIX = (
    # A Wisconsin service corporation's "S.C.", not South Carolina's before a ZIP code.
    r"(?:PC\b|(?i:L\.?L\.?P\.?|L\.?L\.?C\.?|P\.?L\.?L\.?C\.?|P\.L\.L\.|P\.C\.|P\.A\.|S\.C\.(?!\s*\d)"
    r"|Ltd\.|Chartered"
    r"|(?:A\s+)?Professional\s+(?:Law\s+)?(?:Corporation|Association)"
    r"|Law\s+(?:Group|Firm|Corporation)|&\s+Co\.|(?:&|and)\s+Associates(?:,\s+Inc\.)?))"
)
_FIRM_WORD = r"[A-Z][\w'’.-]*"
_FIRM_LINK = r"(?:,?\s+(?:and\s+|AND\s+|&\s+)?|\s*&\s*)"
# After the last name: a country in brackets ("Lindqvist (Hong Kong) LLP") and the suffix.
_FIRM_END = (
    r"(?:\s+\([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?\))?,?\s+"
    rf"{_FIRM_SUFFIX}(?:\s\((?:US|UK)\))?(?![\w])"
)
# A law firm's name: capitalised names joined by commas, "and" or "&", ending in a firm
# suffix, maybe after "Law Offices of"; or, without a suffix, names joined by "&" ("Hughes
# Hubbard & Reed"), up to a signer's "By" on a flattened line. The first letter is read
# before anything else and the look-behind then checks the character before it, so that re
# skips from capital to capital instead of trying every position; each branch goes on after
# that letter.
_FIRM = re.compile(
    r"[A-Zl](?<![\w&].)(?:"
    rf"(?<=[Ll])(?i:aw\s+Offices?\s+of)\s+(?:{_FIRM_WORD}{_FIRM_LINK}){{0,7}}?{_FIRM_WORD}{_FIRM_END}"
    # The first name is the last before the suffix, or the first of several.
    rf"|(?<=[A-Z])[\w'’.-]*(?:{_FIRM_END}|{_FIRM_LINK}(?:{_FIRM_WORD}{_FIRM_LINK}){{0,6}}?"
    rf"{_FIRM_WORD}{_FIRM_END})"
    rf"|(?<=[A-Z])[\w'’.-]*(?:,?\s+{_FIRM_WORD}){{0,5}},?\s+&\s+{_FIRM_WORD}"
    rf"(?:[ ]+(?!Co\b|A\b|B[yY]\b|P[eE][rR]\b|(?i:of|letterhead|exhibit)\b"
    r"|Barristers|Solicitors|Attorneys|Counsel)"
    rf"{_FIRM_WORD}){{0,3}})"
)
# Words a letterhead, caption or type line puts before the name.
_FIRM_NOISE = re.compile(
    r"^(?:(?i:OPINION|LETTER|AND|CONSENT|OF|COUNSEL|EXHIBIT|LETTERHEAD|By|THE|ISSUED|EX-[\d.]+"
    r"|Law\s+Offices?(?!\s+of))"
    r"[\s:]+|[\d.()]+[a-z]?\s+|\S+\.(?:txt|htm)\s+)+"
)
# Professional descriptions that letterheads join with "&" ("Barristers & Solicitors"), and
# offices and allies a letterhead lists ("Mexico City / Alliance with Roe & Poe").
_NOT_FIRM_WORD = re.compile(
    r"\b(?:Barristers?|Solicitors?|Attorneys?|Notaries|Advocates|Counsell?ors?|Alliance\s*with"
    r"|Affiliated?|Representative\s+Office|in\s+association\s+with)\b",
    re.IGNORECASE,
)
# A descriptor a letterhead sets on its own line under the name.
_DESCRIPTOR = re.compile(
    r"(?i)(?:A\s+)?(?:Professional\s+(?:Law\s+)?(?:Corporation|Association)|Limited\s+Liability\s+"
    r"(?:Law\s+)?Partnership|Professional\s+Limited\s+Liability\s+Company)"
)
# A line under the name that is part of the firm's legal name, not a description of it
# ("Roe & Poe" / "Professional Corporation", "ROE & POE" / "A LIMITED LIABILITY LAW PARTNERSHIP
# LLP"), unlike "A Professional Corporation" or "A Registered Limited Liability Partnership".
_LEGAL_FORM_LINE = re.compile(
    r"(?i:Professional\s+Corporation)(?![\w])"
    r"|(?i:A\s+Limited\s+Liability\s+(?:Law\s+)?Partnership\s+L\.?L\.?P\.?)(?![\w])"
)
# A person's name with a middle initial ("Pat Q. Doe"), not a firm's or a company's.
PERSON_WITH_INITIAL = re.compile(r"[A-Z][a-z]+\s+(?:[A-Z]\.\s*){1,2}[A-Z][\w'-]+(?:,?\s+Jr\.)?")
_INITIALS_AT_END = re.compile(r"\s+[A-Z]{2,4}$")
# A firm named for another service than the opinion's: searches, registry, transfers.
_OTHER_SERVICE = re.compile(
    r",?\s+(?:as\s+)?(?:the\s+)?(?:independent\s+)?(?:law\s+searchers|registrar\b|"
    r"(?:registered|transfer)\s+agent)",
    re.IGNORECASE,
)
# A name a copy has blacked out ("XXXXXXX, PROCTER & XXXX LLP"): no name at all.
_REDACTED = re.compile(r"\b[Xx]{3,}\b")
# A web mirror's links ("Next & Latest", "Previous & Home").
_NAVIGATION = re.compile(r"\b(?:Next|Previous|Latest|Home|Back|Index)\b")
_LABEL_LINE = re.compile(
    r"(?i)^(?:Law\s+Offices?|(?:Attorneys?|Lawyers?|Counsell?ors?)(?:\s+and\s+Counsell?ors)?\s+at\s+Law"
    r"|Barristers?(?:,?\s+(?:&|and)\s+Solicitors?)?)$"
)
# A name without a suffix on the line above such a label: "HARLOW AND PIKE" / "ATTORNEYS AT
# LAW", a lawyer's "Pat Q. Doe" / "Attorney at Law" (the first name maybe on a line above).
_LABELLED_NAME = re.compile(
    r"(?m)^(?P<n>(?:[A-Z][A-Za-z]+\n(?=[A-Z]\.[ ]))?"
    r"[A-Z][\w'.-]*(?:(?:,?[ ]+(?:and|AND|&))?[ ]+[A-Z][\w'.-]*){1,4})[ ]*\n\n?"
    r"(?=(?P<label>[^\n]+))"
)
_FIRM_GENERIC = re.compile(
    r"^(?:Attorneys?|Counsell?ors?|Lawyers?|Law\s+Offices?|Corporate|Securities|Unit)\b",
    re.IGNORECASE,
)
_ADDRESS_WORD = re.compile(
    r"\b(?:Street|Avenue|Suite|Floor|Road|Boulevard|Plaza|Tower|Level|Unit|Drive|Blocks?|Building)"
    r"\b|\d{3}",
    re.IGNORECASE,
)
# "[Letterhead of Doe LLP]", "[ON DOE LLP LETTERHEAD]", "[DOE LOGO APPEARS HERE]".
_BRACKET_LETTERHEAD = re.compile(
    r"[\[(]\s*(?:Letterhead\s+of\s+(?P<a>[^\])]{2,80}?)|(?:(?:printed\s+)?on\s+(?:the\s+)?)?"
    r"(?P<b>[^\])]{2,80}?)\s+(?:Letterhead|(?P<logo>Logo))(?:\s+Appears\s+Here)?)\s*[\])]",
    re.IGNORECASE,
)
_TITLE_AFTER_NAME = re.compile(
    r",\s*(?:(?:General|Special|Associate|Assistant)\s+)?(?:Counsel|Attorney|Esq)\b.*$", re.S
)
_TITLE_WORDS = (
    r"(?:Senior|Vice|President|General|Counsel|Attorneys?|Esq|Esquire|Executive|Chief|Partner"
    r"|Associate|Legality|Opinion|Exhibit|Re|Secretary)\b"
)
_PERSON = re.compile(
    rf"(?P<n>(?!{_TITLE_WORDS})(?:[A-Z][a-zA-Z'-]+|[A-Z]\.(?:[A-Z]\.)?)(?:\s+(?!{_TITLE_WORDS})"
    r"(?:[A-Z][a-zA-Z'-]+|[A-Z]\.(?:[A-Z]\.)?|[A-Z]\b|de|van|von|da)){1,3}(?:,?\s+Jr\.|,?\s+III?\b)?)"
    r"(?![\w])"
)
_PERSON_TITLE = re.compile(
    r"\s*(?:,\s*)?(?:Esq(?:uire)?\.?|Attorneys?\s+at\s+Law|ATTORNEYS?\s+AT\s+LAW|Vice\s+President"
    r"|General\s+Counsel|Counsel\b|Attorney\b|Senior\s+Vice|Lawyer\b)",
)
_SIGNATURE_NOISE = re.compile(r"^(?:/s/|s/|By:?|BY:?|Per:?)\s*", re.IGNORECASE)
_PER_LINE = re.compile(r"^(?:By|BY|Per|PER)\b")
_FIRST_PERSON = Anchored(
    r"\b(?:I\s+(?:am|have|serve|consent|hereby)|my\s+opinion)\b", ("I", "my"), cased=True
)
# "OPINION AND CONSENT OF DOE & ROE, S.C. Opinion and consent of ...": a firm's name runs to its
# entity suffix, whatever follows.
_OPINION_OF = re.compile(
    r"\bOPINION\s+(?:AND\s+CONSENT\s+)?OF\s+(?:(?P<f>[A-Z][\w.&' ,-]{2,60}?,?\s+"
    r"(?:L\.?L\.?P|S\.C|P\.C|P\.?L\.?L\.?C|P\.A|LLC)\b\.?)"
    r"|(?P<n>[A-Z][\w.' -]{2,60}?)(?=,?\s+ESQ|\s+\d|\s+EXHIBIT|\s*$|\s*\n))"
    r"|^(?P<m>[A-Z][\w.&' -]{2,60}?)\s+OPINION\b",
    re.IGNORECASE,
)
# The exhibit's type repeated before its description: "EX-5.1 OPINION OF ...".
_EXHIBIT_TOKEN = re.compile(r"(?:EX-|EXHIBIT\s+)[\d.]+\w*\s+", re.IGNORECASE)
_JOINED_NAMES = re.compile(r"&|,\s+\w+,")
_NOT_NAME_LINE = re.compile(r"\d|[a-z]{3}\.$")
_LINE = re.compile(r"[^\n]+")
_AFTER_SIGNATURE = re.compile(r"(?:Enclosure|cc\b|Attachment|EXHIBIT|Exhibit)")
_COPIES = re.compile(r"\n(?:b?cc|B?CC|Cc|Copy\s+to|Enclosures?|Attachments?)\b")
_RULE_OR_INITIALS = re.compile(r"[-_=*. ]+|[A-Z]{2,4}\s*[:/]\s*\w{2,4}\S*")
_AND = re.compile(r"\s(?:and|AND|&)\s")
_FILENAME_AT_END = re.compile(r"\s+\S+\.(?:htm|html|txt)$|\s+exv\w+$")
_NOT_COUNSEL = re.compile(r"\b(?:legality|exhibit|counsel|opinion)\b", re.IGNORECASE)


def counsel_role(st: Structure) -> Found[str | None]:
    """The role phrase: "special securities counsel", "general counsel", an in-house
    officer's title ("senior vice president, general counsel and secretary")."""
    first = st.role_sentence
    # Early sentences first; a role stated late ("furnished by me as counsel to") last; then
    # those above the body (a subject line run on into the role sentence, a flattened letter
    # whose body was found late).
    later = (s for s in st.body_sentences if s != first)
    before_body = itertools.takewhile(lambda s: s.span.start < st.body.start, st.sentences)
    for s in itertools.chain([first] if first else [], later, before_body):
        if not s.has(_ROLE_WORDS):
            continue
        for m in _roles(s):
            where = m.group("where")
            core_end = m.start("where") if where else m.end("role")
            words = s.text[m.start("role") : core_end].split()
            # "are acting as counsel": the role is what follows the last "as".
            cut = [
                i
                for i, w in enumerate(words)
                if w.lower() == "as" and i + 1 < len(words) and words[i + 1].lower() != "to"
            ]
            if cut:
                words = words[cut[-1] + 1 :]
            while words and words[0].lower().strip(",") in _ROLE_STOP_WORDS:
                words = words[1:]
            if not words:
                continue
            role = " ".join(words).lower().rstrip(",")
            if _NOT_ROLE.search(role) and "as to" not in role:
                continue
            end = s.span.start + core_end
            if where and not _PLACE.search(role):  # not "special bermuda counsel in bermuda"
                words.extend(where.split())
                role, end = " ".join(words).lower(), s.span.start + m.end("where")
            return Found.of(role, spans=[Span(end - len(" ".join(words)), end)])
    return Found.of(None)


def _roles(s: Sentence) -> Iterator[re.Match[str]]:
    """``_ROLE``'s matches in the sentence, found one at a time: the first is most often the
    role, and the search stops there."""
    m = _ROLE.search(s.text, s.low)
    while m:
        yield m
        m = _ROLE.search(s.text, s.low, m.end())


def counsel_name(
    text: str, st: Structure, issuer_name: str | None = None, description: str | None = None
) -> Found[str | None]:
    """Who gives the opinion (see the module docstring for the order of sources)."""
    sig_start, sig_end = _signature_region(text, st)
    firm = _firm_in(
        text, sig_start, sig_end, issuer_name, whole_line=st.closing is None, signed=True
    )
    if firm:
        return firm
    sig = _signature_lines(text, sig_start, sig_end) if st.closing else []
    for i, ((line, span), (after, _)) in enumerate(itertools.pairwise(sig)):
        # The line a "By:"/"Per:" signer signs under is the firm, whatever its form, with a
        # single word on the line above it when the name was broken there ("Bacchus" /
        # "Corporate and Securities law").
        if after == "By:" and not _is_person(line):
            above, above_span = sig[i - 1] if i else ("", span)
            if above.isalpha() and above[:1].isupper():
                return Found.of(f"{above} {line}", spans=[Span(above_span.start, span.end)])
            return Found.of(line, spans=[span])
    sig = [(line, span) for line, span in sig if line != "By:"]
    first_person = bool(_FIRST_PERSON.search(text, st.low, st.body.start, st.body.end))
    if first_person and sig:
        person = _signed_person(sig)
        if person:
            return Found.of(person[0], spans=[person[1]])
    head_end = _head_end(text, st)
    head = _letterhead_firm(text, st, head_end, issuer_name)
    if head:
        return head
    domain = _spelled_by_domain(text, st.low, head_end)
    if domain:
        return domain
    if sig and not first_person:
        # A "we" letter signed with the firm's name in plain words ("Adams and Reese").
        line, span = sig[0]
        if not _is_person(line) and not _FIRM_GENERIC.match(line) and len(line) < 60:
            return Found.of(line, spans=[span])
    if first_person:
        named = _letterhead_person(text, head_end)
        if named:
            return named
    for s in st.consent_sentences:
        # Named only where it consents: "... to the references to Hale & Rook LLP under the
        # caption "Legal Matters"" (not in the "written consents" of a list of documents).
        if "consent to" not in s.low:
            continue
        firm = _firm_in(text, s.span.start, s.span.end, issuer_name)
        if firm:
            return firm
    return _firm_notice(text, st.low) or _described(description or _type_line(text))


def _head_end(text: str, st: Structure) -> int:
    """Where the letterhead ends: at the body; where no body was told apart, in the first 800
    characters, unless the text opens with the role sentence (a part of a letter from its
    first sentence on has no letterhead)."""
    if st.body.start:
        return st.body.start
    role = st.role_sentence
    return 0 if role is not None and role.span.start == 0 else min(len(text), 800)


def _signature_region(text: str, st: Structure) -> tuple[int, int]:
    if st.closing is not None:
        end = min(len(text), st.closing.end + 400)
        # Copies and enclosures below the signature name other people ("cc: Doe & Roe LLP").
        after = _COPIES.search(text, st.closing.end, end)
        return st.closing.end, after.start() if after else end
    # No closing phrase: the signature, if any, is at the end.
    return max(st.body.start, len(text) - 300), len(text)


def _firm_in(
    text: str,
    start: int,
    end: int,
    issuer_name: str | None,
    *,
    whole_line: bool = False,
    signed: bool = False,
) -> Found[str | None] | None:
    """The best firm name in ``text[start:end]`` (a letterhead may abbreviate it first);
    with ``whole_line``, only a name that is a line by itself (a signature without a
    closing phrase, not a name in the last sentence). A letterhead's descriptor line ("A
    Professional Association") is left out, a signature's (``signed``) kept: the firm as it
    signs."""
    best: tuple[tuple[bool, int], str, Span] | None = None
    for m in _FIRM.finditer(text, start, end):
        a, b = _name_lines(m.group(0), descriptor=signed)
        raw, at, stop = m.group(0)[a:b], m.start() + a, m.start() + b
        if whole_line and not (
            text[at - 1 : at] in ("\n", "") and text[stop : stop + 1] in ("\n", "")
        ):
            continue
        if text.startswith("/", stop):  # typist's initials after a flattened signature
            raw = _INITIALS_AT_END.sub("", raw)
        form = _LEGAL_FORM_LINE.match(text, stop + 1) if text.startswith("\n", stop) else None
        if form:
            raw, stop = text[at : form.end()], form.end()
        noise = _FIRM_NOISE.match(raw)
        cut = noise.end() if noise else 0
        name = " ".join(raw[cut:].split()).strip(" ,")
        if len(name) < 4 or _LABEL_LINE.match(name) or _ADDRESS_WORD.search(name):
            continue
        if _NOT_FIRM_WORD.search(name) or _NAVIGATION.search(name) or _REDACTED.search(name):
            continue
        if _OTHER_SERVICE.match(text, stop):
            continue  # "searches made by Roe & Co., independent law searchers"
        if _is_issuer(name, issuer_name):
            continue  # the issuer's own letterhead in an in-house opinion
        name, cut, stop = _unrepeated(name, raw, cut, at)
        span = Span(at + cut, stop)
        # Rank: names joined by "&" or commas, then length (a roster of partners is long).
        score = (bool(_JOINED_NAMES.search(name)), len(name))
        if best is None or score > best[0]:
            best = (score, name, span)
    return Found.of(best[1], spans=[best[2]]) if best else None


_WORD = re.compile(r"\S+")
_JOINT = frozenset({"&", "and"})


def _unrepeated(name: str, raw: str, cut: int, at: int) -> tuple[str, int, int]:
    """The firm's name once where a caption and a letterhead repeat it, with where it starts
    in ``raw`` and where it ends in the text (``raw`` starts at ``at``): "THELEN REID & PRIEST
    Thelen Reid & Priest LLP" is the second, fuller name; "HARLOW & PIKE HARLOW" (the repeat
    cut short by the letterhead's next line) the first."""
    words = list(_WORD.finditer(raw, cut))
    folded = [w.group(0).casefold() for w in words]
    for k in range(1, len(words) // 2 + 1):
        if folded[:k] == folded[k : 2 * k]:
            return " ".join(name.split()[k:]), words[k].start(), at + len(raw.rstrip(" ,"))
    for j in range(2, len(words)):
        # (Not "Ashby & Ashby LLP": a name joined to itself.)
        joined = _JOINT.intersection(folded[1:j]) and folded[j - 1] not in _JOINT
        if folded[j] == folded[0] and joined:
            last = words[j - 1]
            kept = " ".join(name.split()[:j]).rstrip(",")
            return kept, cut, at + last.start() + len(last.group(0).rstrip(","))
    return name, cut, at + len(raw.rstrip(" ,"))


def _name_lines(raw: str, *, descriptor: bool) -> tuple[int, int]:
    """Where, in a match, the lines that belong to the name are: a letterhead name may be broken
    over lines ("Sidley" / "Austin LLP"), but a signer's name, a label or an address line above
    it is not part of it ("Pat Doe" / "Roe, Doe & Poe, P.A."), nor a descriptor on a line of its
    own below it ("Roe & Poe" / "A Professional Association") unless ``descriptor``."""
    lines = raw.split("\n")
    while len(lines) > 1:
        last = lines[-1].strip()
        if last:
            # "A" / "Professional Corporation": the descriptor broken after its article.
            article = len(lines) > 2 and lines[-2].strip() == "A"
            if article:
                last = "A " + last
            if descriptor or not _DESCRIPTOR.fullmatch(last) or _LEGAL_FORM_LINE.fullmatch(last):
                break
            if article:
                lines.pop()
        lines.pop()
    end = len("\n".join(lines))
    kept = lines[-1]
    for line in reversed(lines[:-1]):
        words = line.split()
        if (
            not words
            or _NOT_NAME_LINE.search(line)
            or _LABEL_LINE.match(line.strip())
            or PERSON_WITH_INITIAL.fullmatch(line.strip())
            or words[-1].strip(",").casefold() in kept.casefold()
            # The firm's offices listed above it ("BOSTON CONNECTICUT NEW JERSEY NEW YORK").
            or len(_PLACE.findall(line)) >= 2
        ):
            break
        kept = line + "\n" + kept
    return end - len(_without_office_lines(kept)), end


# How a line of a name broken over lines ends when the name goes on below it.
_GOES_ON = re.compile(r"(?:,|&|\band|\bAND)\s*$")


def _without_office_lines(kept: str) -> str:
    """The name without the offices a letterhead lists above it one a line ("Boston" /
    "Hong Kong" / "Roe & Poe LLP"): two or more lines above a whole name (names joined by "&"
    or "and") that do not end where a broken name goes on. Lines saying whose the name is
    ("Alliance with") are kept, for the name to be refused with them."""
    *above, last = kept.split("\n")
    if len(above) < 2 or not _AND.search(last) or any(_GOES_ON.search(line) for line in above):
        return kept
    return kept if _NOT_FIRM_WORD.search(kept) else last


def _signature_lines(text: str, pos: int, end: int) -> list[tuple[str, Span]]:
    """Lines of the signature block, without "/s/" marks; a "By:"/"Per:" signer is preceded
    by a ``"By:"`` marker entry."""
    out: list[tuple[str, Span]] = []
    for m in _LINE.finditer(text[pos:end]):
        raw = m.group(0).strip()
        start = pos + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        cleaned = _SIGNATURE_NOISE.sub("", raw).strip()
        offset = raw.find(cleaned) if cleaned else 0
        cleaned = cleaned.strip(" ,_")
        if _AFTER_SIGNATURE.match(cleaned):
            break
        if _PER_LINE.match(raw) and out:
            out.append(("By:", Span(start, start)))
        if not cleaned or _RULE_OR_INITIALS.fullmatch(cleaned):
            continue
        out.append((cleaned, Span(start + offset, start + offset + len(cleaned))))
        if len(out) >= 6:
            break
    return out


def _is_person(line: str) -> bool:
    return bool(_PERSON.fullmatch(line)) and not _AND.search(line)


def _signed_person(sig: list[tuple[str, Span]]) -> tuple[str, Span] | None:
    people = [(line, span) for line, span in sig if _is_person(line)]
    if not people:
        return None
    # A typed name under an abbreviated signature ("/s/ J. W. Smith" then "John W. Smith").
    if len(people) > 1 and len(people[1][0]) > len(people[0][0]):
        return people[1]
    return people[0]


def _letterhead_firm(
    text: str, st: Structure, head_end: int, issuer_name: str | None
) -> Found[str | None] | None:
    m = _BRACKET_LETTERHEAD.search(text, 0, head_end)
    found = _bracketed(text, m, head_end, issuer_name) if m else None
    if found:
        return found
    # The letterhead is above the date and the addressee block (the underwriters' or the
    # issuer's address); without a date the block's start is not known.
    block = st.addressee
    dated = block is not None and DATE.search(text, st.low, max(0, block.start - 200), block.start)
    end = block.start if block and dated else head_end
    found = _firm_in(text, 0, end, issuer_name) or _labelled(text, end)
    if found is None and block is not None and end == block.start:
        found = _firm_over_address(text, block, issuer_name)
    return found or _surnames_over_address(text, issuer_name) or _lower_case_firm(text, end)


# Surnames joined by "and" or "&" on a line of their own, with no suffix: "Crane and Osgood";
# or a name that says it is lawyers: "Summit Venture Lawyers".
_SURNAMES_LINE = re.compile(
    r"(?:[A-Z][A-Za-z'’-]+(?:,[ ][A-Z][A-Za-z'’-]+)*,?[ ](?:and|AND|&)[ ][A-Z][A-Za-z'’-]+"
    r"|(?:[A-Z][A-Za-z'’-]+[ ]){1,3}(?:Attorneys|ATTORNEYS|Lawyers|LAWYERS))(?=\n)"
)


# A letterhead set in lower case: "harlow & pine llp" (maybe with its offices on the same line).
_LOWER_CASE_FIRM = re.compile(
    r"(?<![\w&])[a-z][a-z'’-]*(?:,?[ ][a-z][a-z'’-]*){0,3}?[ ]&[ ][a-z][a-z'’-]*"
    r"(?:[ ][a-z][a-z'’-]*){0,2}?[ ](?:llp|l\.l\.p\.|llc|p\.c\.)(?![\w])"
)


def _lower_case_firm(text: str, end: int) -> Found[str | None] | None:
    m = _LOWER_CASE_FIRM.search(text, 0, end)
    return Found.of(m.group(0), spans=[Span(m.start(), m.end())]) if m else None


def _surnames_over_address(text: str, issuer_name: str | None) -> Found[str | None] | None:
    """A small firm's letterhead: the letter's first line (under its caption) names partners
    without a suffix, over the firm's address."""
    caption = _CAPTION_ONLY.match(text)
    m = _SURNAMES_LINE.match(text, caption.end() if caption else 0)
    if m is None or _is_issuer(m.group(0), issuer_name) or not _address_below(text, m.end()):
        return None
    return Found.of(m.group(0), spans=[Span(m.start(), m.end())])


def _firm_over_address(text: str, block: Span, issuer_name: str | None) -> Found[str | None] | None:
    """A letterhead cell under the date, read as the block's first line (of words): the firm's
    name run into its address ("Roe & Poe US LLP 200 Main Street, Suite 4 Dallas")."""
    line = _WORDS_LINE.search(text, block.start, block.end)
    if line is None:
        return None
    found = _firm_in(text, line.start(), line.end(), issuer_name)
    if found is None or found.spans[0].start != line.start():
        return None
    return found if _ADDRESS_AFTER.match(text, found.spans[0].end) else None


_ADDRESS_AFTER = re.compile(r",?\s\d")
_WORDS_LINE = re.compile(r"(?m)^[A-Za-z][^\n]*")
# The firm's own web or mail domain in the letterhead ("www.marshkeller.com", "pat@aloak.ie").
_DOMAIN = re.compile(r"(?:\bwww\.|@)([a-z]{4,30})\.[a-z]{2,3}\b")
_HEAD_WORD = re.compile(r"[A-Z][\w&'’-]*")


def _spelled_by_domain(text: str, low: str, head_end: int) -> Found[str | None] | None:
    """The capitalised words of the letterhead that spell its web or mail domain: "Marsh" /
    "Keller" over "www.marshkeller.com", "A&L Oak" by "aloak.ie"; the name without its suffix."""
    end = min(head_end, 1500)
    domains = {m.group(1) for m in _DOMAIN.finditer(low, 0, end)}
    if not domains:
        return None
    words = list(_HEAD_WORD.finditer(text, 0, end))
    for i, first in enumerate(words):
        spelled = ""
        for last in words[i : i + 4]:
            spelled += "".join(c for c in last.group(0).lower() if c.isalnum())
            if (
                spelled in domains
                and last is not first
                # Not "A Representative Office of Roe Poe": an office, not the firm writing.
                and not _NOT_FIRM_WORD.search(text, max(0, first.start() - 30), first.start())
            ):
                name = " ".join(text[first.start() : last.end()].split())
                return Found.of(name, spans=[Span(first.start(), last.end())])
            if not any(d.startswith(spelled) for d in domains):
                break
    return None


def _labelled(text: str, end: int) -> Found[str | None] | None:
    """A letterhead name set over "Attorneys at Law" (or the like), which needs no suffix."""
    for m in _LABELLED_NAME.finditer(text, 0, end):
        if _LABEL_LINE.match(m.group("label").strip()) and not _LABEL_LINE.match(m.group("n")):
            name = " ".join(m.group("n").split())
            return Found.of(name, spans=[Span(m.start("n"), m.end("n"))])
    return None


def _bracketed(
    text: str, m: re.Match[str], head_end: int, issuer_name: str | None
) -> Found[str | None] | None:
    """The firm a bracketed letterhead or logo placeholder names."""
    g = "a" if m.group("a") else "b"
    # "[Letterhead of Pat Doe, Counsel to Acme Inc.]": the lawyer, not the title.
    raw = _TITLE_AFTER_NAME.sub("", m.group(g))
    name = " ".join(raw.split())
    if _REDACTED.search(name):
        return None
    if m.group("logo") or not _ENDS_IN_SUFFIX.search(name):
        # A logo or placeholder shows the short name; a caption or the letterhead line may give
        # it whole ("OPINION OF DOE & ROE L.L.P.", "[LETTERHEAD OF DOE & ROE]" over "Doe & Roe
        # L.L.P.").
        words = r"\s+".join(map(re.escape, raw.split()))
        whole = re.compile(rf"(?<![\w&])(?<!&\s){words},?\s+{_FIRM_SUFFIX}", re.IGNORECASE)
        full = whole.search(text, 0, head_end)
        if full:
            return Found.of(full.group(0), spans=[Span(full.start(), full.end())])
    # A logo may be the issuer's ("(ACME LOGO)" over an in-house letter): only a firm's.
    if m.group("logo") and "&" not in name and _FIRM.fullmatch(name) is None:
        return None
    if _is_issuer(name, issuer_name):
        return None
    return Found.of(name, spans=[Span(m.start(g), m.start(g) + len(raw))])


def _is_issuer(name: str, issuer_name: str | None) -> bool:
    """Does ``name`` start as the issuer's does ("The Acme Tire Company" and "Acme Tire Company
    Akron, Ohio" alike)?"""
    if not issuer_name:
        return False
    own = _THE.sub("", issuer_name.casefold())[:10]
    return _THE.sub("", name.casefold()).startswith(own)


_THE = re.compile(r"^the\s+")


_ENDS_IN_SUFFIX = re.compile(rf"{_FIRM_SUFFIX}\s*$")
# What may stand above a lawyer's name at the top of the letter: the exhibit caption.
_CAPTION_ONLY = re.compile(r"(?i)\s*(?:ex(?:hibit)?[\s.-]*[\d.]+[a-z]?\s*)?")


def _letterhead_person(text: str, head_end: int) -> Found[str | None] | None:
    """A lawyer named at the top of a first-person letter, with a title after the name or as
    the letterhead's first line, over the address."""
    for m in _PERSON.finditer(text, 0, min(head_end, 600)):
        if _PERSON_TITLE.match(text, m.end()) or _heads_letter(text, m):
            name = " ".join(m.group("n").split())
            return Found.of(name, spans=[Span(m.start("n"), m.end("n"))])
    return None


# A firm that names itself in its own page footer or notice: "Roe & Poe N.V. is established in
# Rotterdam ...", "Roe (Bermuda) Limited (the Legal Practice) is a ...", "Roe llp A Delaware
# limited liability partnership", "... to the references to Roe (Bermuda) Limited's name".
# The name is on one line: the sentence before a footer is no part of it.
_NOTICE_NAME = r"[A-Z][\w'’.-]*(?:[ ]+(?:&[ ]+)?(?:[A-Z][\w'’.-]*|\([A-Z][a-z]+\))){0,5}"
_FIRM_NOTICE = re.compile(
    rf"(?P<n>{_NOTICE_NAME})\s+(?:\(the\s+Legal\s+Practice\)|is\s+established\s+in\s+[A-Z])"
    rf"|(?P<m>{_NOTICE_NAME}\s+(?i:LLP|L\.L\.P\.))\s+"
    r"(?i:,?\s*a\s+[a-z]+\s+limited\s+liability\s+partnership|is\s+a\s+limited\s+liability\s+partnership)"
    rf"|references?\s+to\s+(?P<c>{_NOTICE_NAME})['’]s\s+name"
)
_NOTICE_WORDS = ("legal practice", "established in", "limited liability partnership", "'s name")


def _firm_notice(text: str, low: str) -> Found[str | None] | None:
    """The firm as its own footer or notice names it."""
    if not any(w in low for w in _NOTICE_WORDS):
        return None
    m = _FIRM_NOTICE.search(text)
    if m is None:
        return None
    g = "n" if m.group("n") else "m" if m.group("m") else "c"
    return Found.of(" ".join(m.group(g).split()), spans=[Span(m.start(g), m.end(g))])


def _heads_letter(text: str, m: re.Match[str]) -> bool:
    """Is the name the first line of the letter (under its caption), over an address line?"""
    end = text.find("\n", m.end())
    if end < 0 or text[m.end() : end].strip() or not _CAPTION_ONLY.fullmatch(text, 0, m.start()):
        return False
    return _address_below(text, end)


def _address_below(text: str, line_end: int) -> bool:
    """Is the line after the one ending at ``line_end`` (its line break) an address line?"""
    after = text.find("\n", line_end + 1)
    return bool(_ADDRESS_WORD.search(text, line_end + 1, after if after >= 0 else len(text)))


_TYPE_LINE_DESCRIPTION = re.compile(
    r"(?:EX-\S+\s+\d+\s+\S+\.(?:txt|htm|html)\s+(.{1,100})|(OPINION\s+OF\s+.{1,80}))"
)


def _type_line(text: str) -> str | None:
    """The description of an EDGAR type line left at the top of the text ("EX-5 3 ex5.txt
    OPINION OF ..."), or an "OPINION OF ..." caption the text starts with."""
    m = _TYPE_LINE_DESCRIPTION.match(text)
    return (m.group(1) or m.group(2)) if m else None


def _described(description: str | None) -> Found[str | None]:
    """Counsel named in the EDGAR description: "OPINION OF JANE DOE, ESQ.", "DOE LLP OPINION"."""
    if not description:
        return Found.of(None)
    desc = _FILENAME_AT_END.sub("", description.strip())
    token = _EXHIBIT_TOKEN.match(desc)
    m = _OPINION_OF.search(desc[token.end() :] if token else desc)
    if not m:
        return Found.of(None)
    name = (m.group("f") or m.group("n") or m.group("m")).strip(" ,")
    if _NOT_COUNSEL.search(name):
        return Found.of(None)
    return Found.of(name)
