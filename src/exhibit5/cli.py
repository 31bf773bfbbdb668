"""The ``exhibit5`` command line: one thin command per verb over the documented Python API."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from exhibit5 import __version__
from exhibit5.readers import ReadError, read, read_opinions

app = typer.Typer(
    name="exhibit5",
    help="Read, extract, review and draft SEC Exhibit 5 legality opinions and their consents.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
out = Console(highlight=False, soft_wrap=True, emoji=False)
err = Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)


def _version(value: bool) -> None:
    if value:
        out.print(f"exhibit5 {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Read, extract, review and draft SEC Exhibit 5 legality opinions and their consents."""


@app.command("read")
def read_command(
    files: Annotated[list[Path], typer.Argument(help="Letters or EDGAR submissions to read.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per document, with metadata.")
    ] = False,
    opinions_only: Annotated[
        bool, typer.Option("--opinions", help="Keep only Exhibit 5 opinion letters.")
    ] = False,
) -> None:
    """Print each document's normalized text (or, with --json, its text, metadata and offset map).

    Unreadable files get a one-line error on stderr; the others are still read, and the exit
    status is 1 if any file failed.
    """
    failed = False
    reader = read_opinions if opinions_only else read
    for path in files:
        try:
            docs = reader(path)
        except ReadError as exc:
            err.print(f"error: {exc}", markup=False)
            failed = True
            continue
        for doc in docs:
            if as_json:
                typer.echo(
                    json.dumps(
                        {
                            "source": doc.source,
                            "document": doc.meta.index,
                            "meta": doc.meta.as_dict(),
                            "chars": len(doc.text),
                            "raw_chars": len(doc.raw),
                            "segments": len(doc.offsets.segments),
                            "page_breaks": list(doc.page_breaks),
                            "text": doc.text,
                        }
                    )
                )
            else:
                if len(files) > 1 or len(docs) > 1:
                    label = doc.meta.type or doc.meta.format
                    typer.echo(f"==> {doc.source} [{doc.meta.index}: {label}] <==")
                typer.echo(doc.text)
    if failed:
        raise typer.Exit(1)


@app.command("review")
def review_command(
    files: Annotated[list[Path], typer.Argument(help="Letters or EDGAR submissions to review.")],
    fmt: Annotated[str, typer.Option("--format", help="text, json or sarif.")] = "text",
    select: Annotated[
        list[str], typer.Option("--select", help="Only these codes or prefixes (E51,E52).")
    ] = [],  # noqa: B006 - Typer reads the default, never mutates it
    ignore: Annotated[
        list[str], typer.Option("--ignore", help="Skip these codes or prefixes (E57).")
    ] = [],  # noqa: B006
    severity: Annotated[
        str | None, typer.Option("--severity", help="Lowest severity shown: info, warning, error.")
    ] = None,
) -> None:
    """Review letters like an opinion committee: linter lines `path:line:col: CODE severity
    message`. Exit status 1 on an error-level finding, 2 if a file is unreadable, else 0."""
    from exhibit5.review.command import run_review

    raise typer.Exit(run_review(files, fmt=fmt, select=select, ignore=ignore,
                                severity=severity, out=out, err=err))  # fmt: skip


@app.command("rules")
def rules_command(
    code: Annotated[str | None, typer.Argument(help="A rule code, e.g. E5102.")] = None,
    select: Annotated[
        list[str], typer.Option("--select", help="Only these codes or prefixes.")
    ] = [],  # noqa: B006
) -> None:
    """List the review rules, or print one rule's page (what, why, source, examples)."""
    from exhibit5.review.command import run_rules

    raise typer.Exit(run_rules(code, select=select, out=out, err=err))
