"""Read a matter file (YAML) into a ``Matter``; errors name the file, the line and the field."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import yaml
from pydantic import ValidationError

from exhibit5.draft.checks import Problem, check_matter
from exhibit5.draft.matter import Matter


class MatterError(ValueError):
    """A matter that cannot be drafted; ``str(e)`` is one ``file:line: field: why`` per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _node_at(root: yaml.Node | None, loc: Sequence[int | str]) -> yaml.Node | None:
    """The YAML node of a pydantic error location: the key of a field, the item of a list.

    Where the path runs out (a missing field) it is the deepest node that exists.
    """
    node = root
    for i, key in enumerate(loc):
        last = i == len(loc) - 1
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == key:
                    child = k if last else v
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
            child = node.value[key] if key < len(node.value) else None
        if child is None:
            return node
        node = child
    return node


def _line(root: yaml.Node | None, loc: Sequence[int | str]) -> int:
    node = _node_at(root, loc)
    return node.start_mark.line + 1 if node is not None else 1


def _field(loc: Sequence[int | str]) -> str:
    out = ""
    for key in loc:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else str(key))
    return out or "(matter)"


def parse_matter(text: str, name: str = "<matter>") -> tuple[Matter, list[str]]:
    """Parse and check a matter. Returns the matter and its warnings; raises ``MatterError``.

    Warnings are points a reviewer would raise but that do not stop the draft (they are
    printed with the draft, never dropped).
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise MatterError([f"{name}:{line}: YAML syntax error: {problem}"]) from None
    if not isinstance(data, dict):
        raise MatterError([f"{name}:1: a matter file must be a YAML mapping of fields"])
    try:
        matter = Matter.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = [p for p in error["loc"] if not (isinstance(p, str) and p.startswith("function"))]
            message = error["msg"].removeprefix("Value error, ")
            problems.append(f"{name}:{_line(root, loc)}: {_field(loc)}: {message}")
        raise MatterError(problems) from None
    refusals: list[str] = []
    warnings: list[str] = []
    for problem in check_matter(matter):
        line = f"{name}:{_line(root, problem.field)}: {_field(problem.field)}: {problem.message}"
        (refusals if problem.refuse else warnings).append(line)
    if refusals:
        raise MatterError(refusals)
    return matter, warnings


def load_matter(path: str | Path) -> tuple[Matter, list[str]]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MatterError([f"{path}: cannot read matter file ({exc.__class__.__name__})"]) from None
    return parse_matter(text, str(path))


__all__ = ["MatterError", "Problem", "load_matter", "parse_matter"]
