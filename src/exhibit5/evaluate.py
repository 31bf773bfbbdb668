"""Score extraction against gold labels: per-field accuracy, overall, and on stated values.

A labelled corpus is a directory with ``docs/<id>.txt`` (or ``.htm``/``.html``) and
``gold/<id>.json`` holding the 19 scored fields of ``spec/record.md``. :func:`evaluate` reads each
letter, extracts its record and compares values after the normalization record.md prescribes
(:func:`normalize`). Three figures come out:

- per-field accuracy (share of letters where the field matches),
- overall accuracy (all field comparisons pooled),
- stated-value accuracy: only the comparisons whose gold value is stated (not null, [] or
  false). Most fields of a truncated letter are empty, so a predictor that always answers
  "not stated" already scores well overall; this figure does not flatter.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from exhibit5.document import Document, Span
from exhibit5.extract.record import SCORED_FIELDS, OpinionRecord

DOC_SUFFIXES = (".txt", ".htm", ".html")

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})
_KEEP_PERIOD = re.compile(r"\b(?:inc|corp|ltd|co|n\.a|l\.p|s\.a)\.$", re.IGNORECASE)
_PLACE_PREFIX = re.compile(
    r"^(?:the\s+)?(?:state|province|commonwealth|republic|kingdom|territory)\s+of\s+",
    re.IGNORECASE,
)
_PUNCT = re.compile(r"[^\w&\s]")
_FORM_WORD = re.compile(r"^FORM\s*")
_NUMBER_WORD = re.compile(r"^(?:no\.?|number)\s*")
_LEADING_THE = re.compile(r"^the\s+")
_AS_AMENDED = re.compile(r",?\s+as\s+amended(?:\s+and\s+restated)?(?:\s+to\s+date)?$")
_EXHIBIT_WORD = re.compile(r"^(?:ex(?:hibit)?\.?-?\s*)")


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip().casefold()


def _place(text: str) -> str:
    return _PLACE_PREFIX.sub("", _fold(text))


def _issuer(text: str) -> str:
    name = _fold(text)
    while name.endswith((",", ".")) and not _KEEP_PERIOD.search(name):
        name = name[:-1].rstrip()
    return name


def _counsel(text: str) -> str:
    return _SPACE.sub(" ", _PUNCT.sub("", _fold(text))).strip()


def _form(text: str) -> str:
    return _FORM_WORD.sub("", _SPACE.sub("", text.upper()))


def _file_number(text: str) -> str:
    return _NUMBER_WORD.sub("", _fold(text))


def _par(text: str) -> str:
    value = _fold(text).lstrip("$").strip()
    try:
        return str(Decimal(value).normalize())
    except InvalidOperation:
        return value


def _plan(text: str) -> str:
    name = _LEADING_THE.sub("", _fold(text))
    return _AS_AMENDED.sub("", name)


def _exhibit(text: str) -> str:
    return _EXHIBIT_WORD.sub("", _fold(text))


def _term(text: str) -> str:
    return _fold(text).replace("non-assessable", "nonassessable")


# How each field's value is normalized before comparison; lists are compared as sets.
_SCALAR: dict[str, Callable[[str], str]] = {
    "date": _fold,
    "issuer_name": _issuer,
    "issuer_jurisdiction": _place,
    "counsel_name": _counsel,
    "counsel_role": _fold,
    "form": _form,
    "filing_date": _fold,
    "file_number": _file_number,
    "security": _fold,
    "par_value": _par,
}
_SETS: dict[str, Callable[[str], str]] = {
    "exhibits": _exhibit,
    "plans": _plan,
    "opinion_terms": _term,
    "laws": _place,
}


def normalize(name: str, value: object) -> object:
    """The comparable form of a field's value (record.md, "normalization used for scoring")."""
    if value is None or isinstance(value, bool):
        return value
    if name in _SETS:
        assert isinstance(value, list)
        return frozenset(_SETS[name](str(v)) for v in value)
    if name == "share_count":
        return int(value)  # type: ignore[call-overload]
    if name in _SCALAR:
        return _SCALAR[name](str(value))
    return value


def is_stated(value: object) -> bool:
    """Gold values that the letter actually states (not null, [] or false)."""
    return value not in (None, False) and value != []


@dataclass(frozen=True)
class Miss:
    """One field of one letter where extraction and gold disagree."""

    doc_id: str
    field: str
    expected: object
    got: object
    spans: tuple[Span, ...]
    context: str  # the text around the extracted spans, or the letter's start


@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0
    stated_correct: int = 0
    stated_total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    @property
    def stated_accuracy(self) -> float:
        return self.stated_correct / self.stated_total if self.stated_total else 1.0


@dataclass
class EvalResult:
    """Scores of one run over a labelled corpus."""

    fields: dict[str, FieldScore] = field(
        default_factory=lambda: {name: FieldScore() for name in SCORED_FIELDS}
    )
    misses: list[Miss] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one line per letter that failed to read
    letters: int = 0

    @property
    def overall(self) -> float:
        correct = sum(s.correct for s in self.fields.values())
        total = sum(s.total for s in self.fields.values())
        return correct / total if total else 1.0

    @property
    def stated(self) -> float:
        correct = sum(s.stated_correct for s in self.fields.values())
        total = sum(s.stated_total for s in self.fields.values())
        return correct / total if total else 1.0

    def as_dict(self) -> dict[str, object]:
        return {
            "letters": self.letters,
            "overall": round(self.overall, 4),
            "stated": round(self.stated, 4),
            "fields": {
                name: {
                    "accuracy": round(s.accuracy, 4),
                    "stated_accuracy": round(s.stated_accuracy, 4),
                    "stated": s.stated_total,
                }
                for name, s in self.fields.items()
            },
            "errors": self.errors,
        }


def labelled_letters(corpus_dir: Path) -> Iterable[tuple[str, Path, Path]]:
    """``(id, letter path, gold path)`` for every gold file that has its letter."""
    docs, gold = corpus_dir / "docs", corpus_dir / "gold"
    if not gold.is_dir():
        raise FileNotFoundError(f"{gold}: no gold/ directory")
    for gold_path in sorted(gold.glob("*.json")):
        doc_id = gold_path.stem
        letter = next(
            (docs / f"{doc_id}{s}" for s in DOC_SUFFIXES if (docs / f"{doc_id}{s}").exists()),
            None,
        )
        if letter is None:
            raise FileNotFoundError(f"{gold_path}: no docs/{doc_id}.txt or .htm")
        yield doc_id, letter, gold_path


def score_record(
    doc_id: str,
    doc: Document | None,
    record: OpinionRecord,
    gold: dict[str, object],
    result: EvalResult,
) -> None:
    """Add one letter's comparison to ``result``."""
    result.letters += 1
    for name in SCORED_FIELDS:
        found = getattr(record, name)
        expected = normalize(name, gold.get(name))
        got = normalize(name, found.value)
        expected = _empty_as_none(expected)
        got = _empty_as_none(got)
        score = result.fields[name]
        ok = expected == got
        score.total += 1
        score.correct += ok
        if is_stated(gold.get(name)):
            score.stated_total += 1
            score.stated_correct += ok
        if not ok:
            result.misses.append(
                Miss(
                    doc_id=doc_id,
                    field=name,
                    expected=gold.get(name),
                    got=found.value,
                    spans=tuple(found.spans),
                    context=_context(doc, found.spans),
                )
            )


def _empty_as_none(value: object) -> object:
    """Unstated values compare equal however they are spelled (null, [], false)."""
    return None if value in (None, False, frozenset()) else value


def _context(doc: Document | None, spans: list[Span], width: int = 80) -> str:
    if doc is None or not spans:
        return ""
    start = max(0, spans[0].start - width)
    end = min(len(doc.text), spans[-1].end + width)
    return " ".join(doc.text[start:end].split())


def evaluate(
    corpus_dir: Path | str,
    extractor: Callable[[Document], OpinionRecord] | None = None,
) -> EvalResult:
    """Extract every labelled letter of ``corpus_dir`` and score it against its gold file.

    ``extractor`` defaults to :func:`exhibit5.extract.extract`. A letter that cannot be read
    is scored as all fields missed and named in ``result.errors`` (a batch never skips one
    silently).
    """
    from exhibit5.extract import extract
    from exhibit5.readers import ReadError, read

    run = extractor or extract
    result = EvalResult()
    for doc_id, letter, gold_path in labelled_letters(Path(corpus_dir)):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        try:
            doc = read(letter)[0]
        except ReadError as exc:
            result.errors.append(str(exc))
            score_record(doc_id, None, OpinionRecord(), gold, result)
            continue
        score_record(doc_id, doc, run(doc), gold, result)
    return result
