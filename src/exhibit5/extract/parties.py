"""Who is who: the issuer (name and jurisdiction) and counsel (name and role)."""

from __future__ import annotations

import re

from exhibit5.document import Span
from exhibit5.extract.places import PLACE_PATTERN, place_in
from exhibit5.extract.record import Found, Part
from exhibit5.extract.structure import Structure
from exhibit5.terms import Terms

_SUFFIX = (
    r"(?:Inc|Corp|Co|Ltd|Limited|LLC|L\.L\.C|L\.P|LP|N\.A|plc|PLC|S\.A|N\.V|B\.V|AG|SE|Trust"
    r"|Corporation|Company|Incorporated|Bancorp|Bancorporation|Bancshares|BanCorp|Holdings"
    r"|Partners|Group|Fund|Bank)\b\.?"
)
# A proper name: capitalised words, with "of", "and", "&" inside and ", Inc." at the end.
_NAME = re.compile(
    r"(?:The\s+)?[A-Z0-9][\w.'&/@-]*(?:(?:\s+|\s*,\s*(?=(?:Inc|Ltd|LLC|L\.L\.C|L\.P|LP|N\.A|P\.C|"
    r"Co|Corp|Limited|PLLC|P\.L\.L\.C|LLP|L\.L\.P|plc|S\.A|N\.V)\b))(?:of|and|&|de|du|la|"
    r"[A-Z0-9&][\w.'&/@-]*))*"
)
_COMPANY_TERMS = ("Company", "Corporation", "Registrant", "Issuer", "Bank", "Trust", "Partnership")
_NOT_A_NAME = re.compile(
    r"^(?:the\s+)?(?:Company|Corporation|Registrant|Issuer|You|Your|Board|Securities|Registration"
    r"|Form|Commission|Shares|Plan|Act|We|Us|Our|This|It|Its|In|As|For|Re)\b",
    re.IGNORECASE,
)
_AFTER_ROLE = re.compile(
    r"\b(?:counsel|Counsel|COUNSEL|represented|representing|represent|Officer|Secretary)"
    r"\s*(?:,\s*)?(?:(?:to|for|of|with)\s+)?(?:the\s+(?=[A-Z]))?"
)
_JURISDICTION_AFTER = re.compile(
    r"\s*,?\s*(?:\([^)]{0,60}\)\s*,?\s*)?(?:(?:an?|the)\s+(?P<a>" + PLACE_PATTERN
    + r")(?:[-\s](?:chartered|organized|incorporated|based))?\s+(?:[\w-]+\s+){0,5}?"
    r"(?:corporation|company|trust|partnership|bank|association|limited|entity|business|"
    r"banking|holding|savings|insurance|REIT|Corporation|Company)"
    r"|[^()\"]{0,80}?\b(?:organized|incorporated|formed|existing|registered|chartered)\s+"
    r"(?:and\s+existing\s+)?under\s+the\s+laws?\s+of\s+(?P<b>" + PLACE_PATTERN + r"))",
    re.IGNORECASE,
)
_COMPANY_IS = re.compile(
    r"\b(?:the\s+Company|the\s+Corporation|the\s+Registrant|[A-Z][\w.&]+)\s+is\s+(?:a\s+|an\s+)?"
    r"(?:[\w,]+\s+){0,6}?(?:organized|incorporated|existing|in\s+good\s+standing)\s+"
    r"(?:[\w,]+\s+){0,4}?under\s+the\s+laws?\s+of\s+(?P<b>" + PLACE_PATTERN + r")"
    r"|\b(?:the\s+Company|the\s+Corporation)\s+is\s+an?\s+(?P<a>" + PLACE_PATTERN
    + r")\s+corporation",
    re.IGNORECASE,
)

_ROLE = re.compile(
    r"(?:\b(?i:as|are|is|am|serves?|served|been|be)\s+)(?:the\s+|your\s+|a\s+|an\s+|its\s+)?"
    r"(?P<role>(?:(?:[A-Z][\w-]*|[a-z][\w-]*),?\s+(?:and\s+)?){0,7}?"
    r"(?:counsel|Counsel|COUNSEL|Chief\s+Legal\s+Officer|CHIEF\s+LEGAL\s+OFFICER)"
    r"(?:\s+and\s+(?:Corporate\s+|Assistant\s+)?Secretary|\s+as\s+to\s+[A-Z][\w\s]{2,40}?\s+law)?)"
    r"(?=[\s,.;:)]|$)"
)
_ROLE_STOP_WORDS = frozenset(
    {"acted", "have", "has", "we", "i", "been", "being", "this", "firm", "us", "by", "delivered",
     "capacity", "our", "my", "in", "letter", "opinion", "is", "the", "as", "outside"}
)

_FIRM_MARK = re.compile(
    r"\b(?:LLP|L\.L\.P\.?|LLC|L\.L\.C\.?|PLLC|P\.L\.L\.C\.?|P\.C\.?|P\.A\.?|PC|Chartered|"
    r"Professional\s+(?:Corporation|Association|Law\s+Corporation)|Law\s+(?:Offices?|Group|Firm|"
    r"Corporation)|Attorneys|Advocates|Solicitors|Barristers|Rechtsanw)\b|\s&\s|\bAND\s+[A-Z]{3,}$"
    r"|^[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)+\s*&",
)
_BRACKET_LETTERHEAD = re.compile(
    r"[\[(]\s*(?:Letterhead\s+of\s+(?P<a>[^\])]{2,80}?)|(?P<b>[^\])]{2,80}?)\s+(?:Letterhead|"
    r"LETTERHEAD)(?:\s+Appears\s+Here)?)\s*[\])]",
    re.IGNORECASE,
)
_OPINION_OF = re.compile(
    r"\b(?:OPINION|Opinion)\s+(?:OF|of)\s+(?P<n>[A-Z][\w.,&' -]{2,80}?)(?=\s*(?:\n|$|Re:|[A-Z][a-z]+\s+\d|"
    r"\d{2,}|\[|\(|,\s*Esq|\s-\s))"
)
_PERSON = re.compile(
    r"(?P<n>(?:[A-Z][a-zA-Z'-]+|[A-Z]\.)(?:\s+(?:[A-Z]\.?|[A-Z][a-zA-Z'-]+)){1,3}(?:,?\s+Jr\.|,?\s+III?)?)"
)
_PERSON_TITLE = re.compile(
    r"^\s*(?:,\s*)?(?:Esq(?:uire)?\.?|Attorneys?\s+at\s+Law|ATTORNEYS?\s+AT\s+LAW|Vice\s+President"
    r"|General\s+Counsel|Counsel\b|Attorney\b|Senior\s+Vice)",
)
_SIGNATURE_NOISE = re.compile(r"^(?:/s/|s/|By:?|BY:?|Per:?)\s*", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I\s+(?:am|have|serve|consent|hereby)|my\s+opinion)\b")


def issuer(text: str, st: Structure, terms: Terms) -> tuple[Found[str | None], int | None]:
    """The issuer's name as the body first names it, and where that name ends (to read the
    jurisdiction that follows it)."""
    role = st.role_sentence
    if role is not None:
        for m in _AFTER_ROLE.finditer(role.text):
            name = _name_at(role.text, m.end())
            if name:
                start = role.span.start + m.end()
                return Found(value=name, spans=[Span(start, start + len(name))]), start + len(name)
    for term in terms.terms:
        d = term.definitions[0]
        if d.kind == "heading" or d.span.start < st.body.start - 400:
            continue
        if term.term.title() in _COMPANY_TERMS or term.term.isupper() and len(term.term) <= 6:
            found = _name_in(text, d.antecedent)
            if found:
                return found, found.spans[0].end
    for d in sorted((t.definitions[0] for t in terms.terms), key=lambda d: d.span):
        if d.term.title() in _COMPANY_TERMS:
            found = _name_in(text, d.antecedent)
            if found:
                return found, found.spans[0].end
    for s in st.body_sentences[:6]:
        for m in _NAME.finditer(s.text):
            name = _clean_name(m.group(0))
            if name and re.search(_SUFFIX + r"$", name) and not _NOT_A_NAME.match(name):
                start = s.span.start + m.start()
                return Found(value=name, spans=[Span(start, start + len(name))]), start + len(name)
    return _addressee_company(text, st), None


def _name_at(text: str, pos: int) -> str | None:
    m = _NAME.match(text, pos)
    if not m:
        return None
    name = _clean_name(m.group(0))
    if not name or _NOT_A_NAME.match(name) or len(name) < 3:
        return None
    return name


def _clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip()
    # Trailing words that are not part of the name: "Acme Corp and", "Acme Inc. In".
    name = re.sub(r"(?:\s+(?:of|and|&|de|du|la))+$", "", name)
    return name.rstrip(",")


def _name_in(text: str, span: Span) -> Found[str | None] | None:
    """The proper name at the start of a definition's antecedent."""
    chunk = text[span.start : span.end]
    for m in _NAME.finditer(chunk):
        name = _clean_name(m.group(0))
        if name and not _NOT_A_NAME.match(name) and (len(name.split()) > 1 or re.search(_SUFFIX, name)):
            start = span.start + m.start()
            return Found(value=name, spans=[Span(start, start + len(name))])
    return None


def _addressee_company(text: str, st: Structure) -> Found[str | None]:
    part = addressee(text, st)
    if part is None:
        return Found(value=None)
    for m in _NAME.finditer(part.text):
        name = _clean_name(m.group(0))
        if re.search(_SUFFIX + r"$", name) and not _NOT_A_NAME.match(name):
            start = part.span.start + m.start()
            return Found(value=name, spans=[Span(start, start + len(name))])
    return Found(value=None)


def jurisdiction(text: str, st: Structure, name_end: int | None) -> Found[str | None]:
    """Where the issuer is organized, as stated right after its name or in an opinion that the
    Company "is validly existing under the laws of" a place."""
    if name_end is not None:
        m = _JURISDICTION_AFTER.match(text, name_end, min(len(text), name_end + 260))
        if m:
            g = "a" if m.group("a") else "b"
            value = place_in(m.group(g))
            if value:
                return Found(value=value, spans=[Span(m.start(g), m.end(g))])
    for s in st.body_sentences:
        m = _COMPANY_IS.search(s.text)
        if m:
            g = "a" if m.group("a") else "b"
            value = place_in(m.group(g))
            if value:
                start = s.span.start + m.start(g)
                return Found(value=value, spans=[Span(start, s.span.start + m.end(g))])
    return Found(value=None)


def counsel_role(text: str, st: Structure) -> Found[str | None]:
    sentences = [st.role_sentence] if st.role_sentence else []
    sentences += [s for s in st.body_sentences[:6] if s not in sentences]
    for s in sentences:
        if s is None:
            continue
        for m in _ROLE.finditer(s.text):
            words = m.group("role").split()
            # "are acting as counsel": the role is what follows the last "as".
            cut = [i for i, w in enumerate(words) if w.lower() == "as" and i + 1 < len(words)
                   and words[i + 1].lower() != "to"]
            if cut:
                words = words[cut[-1] + 1 :]
            # Drop leading words that are the verb phrase, not the role ("acted as").
            while words and words[0].lower().strip(",") in _ROLE_STOP_WORDS:
                words = words[1:]
            if not words:
                continue
            role = " ".join(words).lower().rstrip(",")
            if _bad_role(role):
                continue
            start = s.span.start + m.end("role") - len(" ".join(words))
            return Found(value=role, spans=[Span(start, s.span.start + m.end("role"))])
    return Found(value=None)


def _bad_role(role: str) -> bool:
    # "opinion of counsel", "advice of counsel", "the consent of counsel" are not roles.
    return bool(re.search(r"\b(?:of|opinion|consent|advice|other|outside|company's)\b\s", role)) and not re.search(
        r"as\s+to\s+", role
    )


def counsel_name(text: str, st: Structure) -> Found[str | None]:
    """The firm as it signs; else the firm in the letterhead; for a first-person letter
    signed by a lawyer, the lawyer's name."""
    first_person = bool(_FIRST_PERSON.search(text, st.body.start, st.body.end))
    sig = _signature_lines(text, st)
    firm = next(((line, span) for line, span in sig if _FIRM_MARK.search(line)), None)
    if firm:
        return Found(value=firm[0], spans=[firm[1]])
    if first_person and sig:
        person = _signed_person(sig)
        if person:
            return Found(value=person[0], spans=[person[1]])
    head = _letterhead_firm(text, st)
    if head:
        return head
    if sig and not first_person:
        # A "we" letter signed with the firm's name in plain words ("Adams and Reese").
        line, span = sig[0]
        if not _PERSON.fullmatch(line) or len(line.split()) > 3:
            return Found(value=line, spans=[span])
    if first_person:
        person = _letterhead_person(text, st)
        if person:
            return person
    return Found(value=None)


def _signature_lines(text: str, st: Structure) -> list[tuple[str, Span]]:
    """Lines of the signature block after the closing, without "/s/" and "By:" marks."""
    if st.closing is None:
        return []
    out: list[tuple[str, Span]] = []
    pos = st.closing.end
    block = text[pos : pos + 400]
    for m in re.finditer(r"[^\n]+", block):
        raw = m.group(0).strip()
        start = pos + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        cleaned = _SIGNATURE_NOISE.sub("", raw).strip()
        offset = raw.find(cleaned) if cleaned else 0
        cleaned = cleaned.strip(" ,_")
        if not cleaned or re.fullmatch(r"[-_=*. ]+|[A-Z]{2,4}\s*[:/]\s*[a-z]{2,4}\S*", cleaned):
            if out and not cleaned:
                continue
            continue
        if re.match(r"(?:Enclosure|cc|Attachment|EXHIBIT|Exhibit)\b", cleaned):
            break
        out.append((cleaned, Span(start + offset, start + offset + len(cleaned))))
        if len(out) >= 5:
            break
    return out


def _signed_person(sig: list[tuple[str, Span]]) -> tuple[str, Span] | None:
    people = [(line, span) for line, span in sig if _PERSON.fullmatch(line)]
    if not people:
        return None
    # A typed name under an abbreviated signature ("/s/ J. W. Smith" then "John W. Smith").
    if len(people) > 1 and len(people[1][0]) > len(people[0][0]):
        return people[1]
    return people[0]


def _letterhead_firm(text: str, st: Structure) -> Found[str | None] | None:
    head_end = st.body.start if st.body.start else min(len(text), 800)
    m = _BRACKET_LETTERHEAD.search(text, 0, head_end)
    if m:
        g = "a" if m.group("a") else "b"
        name = " ".join(m.group(g).split())
        return Found(value=name, spans=[Span(m.start(g), m.end(g))])
    for line in re.finditer(r"[^\n]+", text[:head_end]):
        value = line.group(0).strip()
        if len(value) > 90 or not _FIRM_MARK.search(value) or re.search(r"\d{3}", value):
            continue
        if _NOT_A_NAME.match(value) or value.lower().startswith(("re:", "attention", "attn")):
            continue
        start = line.start() + line.group(0).find(value)
        return Found(value=value, spans=[Span(start, start + len(value))])
    m = _OPINION_OF.search(text, 0, head_end)
    if m:
        name = m.group("n").strip(" ,-")
        return Found(value=name, spans=[Span(m.start("n"), m.start("n") + len(name))])
    return None


def _letterhead_person(text: str, st: Structure) -> Found[str | None] | None:
    head_end = min(st.body.start if st.body.start else 600, 600)
    for m in _PERSON.finditer(text, 0, head_end):
        if _PERSON_TITLE.match(text, m.end()) and not _NOT_A_NAME.match(m.group("n")):
            name = " ".join(m.group("n").split())
            return Found(value=name, spans=[Span(m.start("n"), m.end("n"))])
    return None


_ADDRESS_END = re.compile(r"\b(?:Re|RE|Subject|SUBJECT)\s*:|\b(?:Ladies|Gentlemen|Dear)\b")


def addressee(text: str, st: Structure) -> Part | None:
    """The addressee block: from the line after the letter's date to the Re: line or the
    salutation."""
    end = st.re_line.start if st.re_line else (st.salutation.start if st.salutation else None)
    if end is None:
        return None
    from exhibit5.extract.dates import DATE

    dates = [m for m in DATE.finditer(text, 0, end)]
    start = dates[-1].end() if dates else max(0, text.rfind("\n\n", 0, end - 1))
    block = text[start:end].strip(" \n,")
    if not block:
        return None
    offset = text.index(block, start)
    return Part(span=Span(offset, offset + len(block)), text=block)
