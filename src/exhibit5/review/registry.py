"""The rule registry: each rule is a function over a review ``Context`` that yields ``Hit``s,
registered with the metadata that makes it document itself (``exhibit5 rules CODE``).

A rule module declares a rule like this::

    @rule("E5102", "missing-fully-paid", "error",
          applies_to="...", message="Opinion does not say the {security} will be fully paid",
          source="Item 601(b)(5)(i)", bad="...", good="...")
    def missing_fully_paid(ctx: Context) -> Iterator[Hit]:
        '''What the rule checks.

        Why: why it matters.
        '''

The docstring's first part is the rule's *checks* text and the part after ``Why:`` its *why*.
``message`` is a ``str.format`` template that each ``Hit`` fills with its ``facts``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from exhibit5.document import Span
from exhibit5.review.finding import Severity

if TYPE_CHECKING:
    from exhibit5.review.context import Context

MODES = ("now", "full", "now (full refines)")


class Hit(NamedTuple):
    """What a rule function yields: where, the facts for the message, and a safe fix if any."""

    spans: list[Span]
    facts: dict[str, Any] = {}  # noqa: RUF012 - NamedTuple default, never mutated
    suggestion: str | None = None
    severity: Severity | None = None  # a rule's default, raised where its page says so


RuleFunc = Callable[["Context"], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    mode: str
    heuristic: bool
    applies_to: str
    message: str
    source: str
    bad: str
    good: str
    checks: str
    why: str
    func: RuleFunc = field(repr=False, compare=False)

    @property
    def topic(self) -> str:
        return self.func.__module__.rsplit(".", 1)[-1]

    def run(self, ctx: Context) -> Iterator[Hit]:
        yield from self.func(ctx)

    def format(self, facts: dict[str, Any]) -> str:
        return self.message.format_map(_Missing(facts))


class _Missing(dict[str, Any]):
    """Formats a missing fact as ``?`` rather than raising, so one bad hit cannot stop a review."""

    def __missing__(self, key: str) -> str:
        return "?"


REGISTRY: dict[str, Rule] = {}


def _split_doc(doc: str | None) -> tuple[str, str]:
    text = " ".join((doc or "").split())
    checks, _, why = text.partition("Why:")
    return checks.strip(), why.strip()


def rule(
    code: str,
    name: str,
    severity: str,
    *,
    applies_to: str,
    message: str,
    source: str,
    bad: str,
    good: str,
    mode: str = "now",
    heuristic: bool = False,
) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule function under ``code`` (codes are unique and never reused)."""
    if mode not in MODES:
        raise ValueError(f"{code}: unknown mode {mode!r}")

    def register(func: RuleFunc) -> RuleFunc:
        if code in REGISTRY:
            raise ValueError(f"rule code {code} registered twice")
        checks, why = _split_doc(func.__doc__)
        REGISTRY[code] = Rule(
            code=code,
            name=name,
            severity=Severity(severity),
            mode=mode,
            heuristic=heuristic,
            applies_to=applies_to,
            message=message,
            source=source,
            bad=bad,
            good=good,
            checks=checks,
            why=why,
            func=func,
        )
        return func

    return register


@cache
def _ordered() -> tuple[Rule, ...]:
    from exhibit5.review import rules  # noqa: F401 - importing registers the rule modules

    return tuple(REGISTRY[c] for c in sorted(REGISTRY))


def all_rules() -> list[Rule]:
    """Every registered rule, ordered by code (the registry is complete once the rule modules
    are imported, so the order is computed once)."""
    return list(_ordered())


def get_rule(code: str) -> Rule | None:
    all_rules()
    return REGISTRY.get(code.upper())


def matches(code: str, patterns: Iterable[str]) -> bool:
    """``--select``/``--ignore`` matching: a full code or a prefix (``E57``, ``E5``)."""
    return any(code.startswith(p.strip().upper()) for p in patterns if p.strip())


def selected(
    rules: Iterable[Rule], select: Iterable[str] = (), ignore: Iterable[str] = ()
) -> list[Rule]:
    select, ignore = list(select), list(ignore)
    if not select and not ignore:
        return list(rules)
    return [
        r for r in rules if (not select or matches(r.code, select)) and not matches(r.code, ignore)
    ]
