"""Project settings for ``exhibit5 review``: rules to skip or keep, and severities to change.

Read from ``exhibit5.toml`` (table ``[review]``) or ``pyproject.toml`` (table
``[tool.exhibit5.review]``), in the working directory or the nearest directory above it that
has either file (``exhibit5.toml`` wins)::

    [tool.exhibit5.review]
    ignore = ["E5502", "E57"]          # codes or prefixes never reported
    select = ["E5"]                    # only these codes or prefixes (default: all)

    [tool.exhibit5.review.severity]
    E5404 = "error"                    # a code or a prefix -> info, warning or error
    E57 = "warning"

``--select``/``--ignore`` on the command line replace/extend the file's lists. A longer prefix
(or the full code) wins over a shorter one in ``severity``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exhibit5.review.finding import Severity

CONFIG_HELP = (
    "Settings: [tool.exhibit5.review] in pyproject.toml, or [review] in exhibit5.toml: "
    'ignore = ["E5502"], select = ["E5"], and [tool.exhibit5.review.severity] with '
    'E5404 = "error" (codes or prefixes; info, warning, error).'
)


class ConfigError(ValueError):
    """A settings file that cannot be used; ``str(e)`` is one line naming the file."""


@dataclass(frozen=True)
class ReviewConfig:
    """Rules to keep or skip, and severity overrides by code or prefix."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    source: str | None = None  # the file it was read from

    def severity_of(self, code: str) -> Severity | None:
        """The configured severity of a rule: the longest matching code or prefix wins."""
        best = max((p for p in self.severity if code.startswith(p)), key=len, default=None)
        return self.severity[best] if best is not None else None


def _codes(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of rule codes or prefixes")
    return tuple(v.strip().upper() for v in value if v.strip())


def parse_config(table: dict[str, Any], source: str) -> ReviewConfig:
    """A ``ReviewConfig`` from the settings table of ``source`` (for error messages)."""
    unknown = set(table) - {"select", "ignore", "severity"}
    if unknown:
        raise ConfigError(f"{source}: unknown review setting(s): {', '.join(sorted(unknown))}")
    levels = table.get("severity", {})
    if not isinstance(levels, dict):
        raise ConfigError(f"{source}: severity must be a table of code = level")
    severity: dict[str, Severity] = {}
    for code, level in levels.items():
        if level not in Severity.__members__:
            raise ConfigError(f"{source}: severity of {code} must be info, warning or error")
        severity[code.strip().upper()] = Severity(level)
    return ReviewConfig(
        select=_codes(table.get("select", []), f"{source}: select"),
        ignore=_codes(table.get("ignore", []), f"{source}: ignore"),
        severity=severity,
        source=source,
    )


def _table(path: Path) -> dict[str, Any] | None:
    """The review table of a settings file, or None when the file has none."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    if path.name == "exhibit5.toml":
        table = data.get("review")
    else:
        table = data.get("tool", {}).get("exhibit5", {}).get("review")
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path}: the review settings must be a table")
    return table


def find_config(start: Path | None = None) -> ReviewConfig:
    """The settings that apply in ``start`` (default: the working directory): the first
    ``exhibit5.toml`` or ``pyproject.toml`` with review settings, looking upward. None found:
    the defaults."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in ("exhibit5.toml", "pyproject.toml"):
            path = folder / name
            if path.is_file():
                table = _table(path)
                if table is not None:
                    return parse_config(table, str(path))
    return ReviewConfig()


def merged(config: ReviewConfig, select: Iterable[str], ignore: Iterable[str]) -> ReviewConfig:
    """The settings with the command line's ``--select`` (replaces) and ``--ignore`` (adds)."""
    select, ignore = tuple(select), tuple(ignore)
    return ReviewConfig(
        select=select or config.select,
        ignore=config.ignore + ignore,
        severity=config.severity,
        source=config.source,
    )
