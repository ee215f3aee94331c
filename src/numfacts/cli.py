"""The command line: `numfacts extract`. It parses arguments, calls the library and formats output.

Documents come from `numfacts.reader`, each goes through `numfacts.pipeline.extract_document`,
and the rows go, a chunk of documents at a time, to a writer of `numfacts.writers`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import click

from . import __version__
from .errors import DocumentError, NumfactsError
from .mention import Mention
from .pipeline import Options, extract_document
from .reader import Document, read_inputs
from .writers import FILE_ONLY, FORMATS, DocumentRecord, OutputError, Writer, format_for, open_writer

#: Rows are handed to the writer once a chunk holds this many documents or rows.
CHUNK_DOCUMENTS = 100
CHUNK_ROWS = 5000

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")  # YYYY-MM-DD, nothing else


def _reference_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Check --reference-date: an ISO calendar date, or a usage error."""
    if value is None:
        return None
    try:
        if not _ISO_DATE.fullmatch(value):
            raise ValueError(value)
        dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None
    return value


def _column(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if not value.strip():
        raise click.BadParameter("a column name cannot be empty")
    return value


def output_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--format, -o/--output and --no-escape-formulas, defined once for every command that writes."""
    for option in reversed([
        click.option("-f", "--format", "fmt", type=click.Choice(FORMATS, case_sensitive=False),
                     help="Output format. Default: from the -o file's extension, else csv."),
        click.option("-o", "--output", type=click.Path(dir_okay=False, writable=False, allow_dash=True),
                     help="Write to this file (.csv .jsonl .parquet .db/.sqlite .html) instead of "
                          "standard output. Written to a temporary file, then renamed into place."),
        click.option("--no-escape-formulas", "escape_formulas", is_flag=True, default=True, flag_value=False,
                     help="CSV: do not prefix text cells starting with = + - @ with a quote."),
    ]):
        f = option(f)
    return f


def input_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """Options saying how to read documents and their reference dates."""
    for option in reversed([
        click.option("--reference-date", callback=_reference_date, metavar="YYYY-MM-DD",
                     help="Reference date for relative dates (Sunday, last year) in documents "
                          "without a date column value."),
        click.option("--text-column", default="text", show_default=True, callback=_column,
                     help="Corpus files: the column holding the text."),
        click.option("--id-column", default="id", show_default=True, callback=_column,
                     help="Corpus files: the column holding the document id (else FILE:LINE)."),
        click.option("--date-column", default="date", show_default=True, callback=_column,
                     help="Corpus files: the column holding each document's reference date."),
        click.option("--day-first", is_flag=True, help="Read 03/04/2016 as 3 April, not March 4."),
    ]):
        f = option(f)
    return f


def resolve_format(fmt: str | None, output: str | None) -> str:
    """The output format from --format and -o, or a usage error when they disagree.

    >>> resolve_format(None, None), resolve_format(None, "out.parquet"), resolve_format("jsonl", None)
    ('csv', 'parquet', 'jsonl')
    """
    implied = format_for(output)
    to_file = output is not None and output != "-"
    if fmt is not None:
        fmt = fmt.lower()
        if implied is not None and implied != fmt:
            raise click.UsageError(f"--format {fmt} conflicts with the output file {output!r} ({implied})")
    elif implied is not None:
        fmt = implied
    elif to_file:
        raise click.UsageError(f"cannot tell the output format from {output!r}: use --format")
    else:
        fmt = "csv"
    if fmt in FILE_ONLY and not to_file:
        raise click.UsageError(f"--format {fmt} needs an output file: use -o FILE")
    return fmt


@dataclass
class Tally:
    """What a run did, for the summary line."""

    read: int = 0
    with_facts: int = 0
    without_facts: int = 0
    failed: int = 0
    skipped: int = 0
    rows: int = 0

    def summary(self, output: str | None) -> str:
        line = (f"numfacts: {self.read} documents read, {self.with_facts} with facts, "
                f"{self.without_facts} without facts, {self.failed} failed; {self.rows} rows")
        if self.skipped:
            line += f"; {self.skipped} already in {output}, skipped"
        return line


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="numfacts")
def main() -> None:
    """numfacts: every numeric fact in news text, normalised, one row each.

    \b
    Examples:
        numfacts extract article.txt
        numfacts extract corpus.jsonl -o facts.parquet
    """


@main.command()
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@output_options
@input_options
@click.option("-q", "--quiet", is_flag=True, help="No summary line and no warnings (errors are still shown).")
@click.pass_context
def extract(
    ctx: click.Context, inputs: tuple[str, ...], fmt: str | None, output: str | None, escape_formulas: bool,
    reference_date: str | None, text_column: str, id_column: str, date_column: str, day_first: bool,
    quiet: bool,
) -> None:
    """Extract every numeric fact of INPUT into a table, one row per mention.

    INPUT: text files (.txt, .md), HTML pages (.html, reduced to their text), directories
    (walked), corpus files (.jsonl, .csv, .parquet: one document a row, columns text,
    optional id and date), or - / nothing for standard input.

    \b
    Examples:
        numfacts extract article.txt
        numfacts extract articles/ -o facts.csv
        numfacts extract corpus.jsonl --format jsonl > facts.jsonl
        numfacts extract corpus.parquet --text-column body -o facts.parquet
        numfacts extract news.csv -o facts.db          # append to a SQLite database
        echo "Over 400,000 people fled on Sunday." | numfacts extract --reference-date 2016-12-11

    \b
    A corpus row's date column is its reference date; --reference-date serves the rest;
    without either, the date is inferred from the text where it can be.
    Exit status: 0, or 1 when any document failed, 2 for a usage error.
    """
    fmt = resolve_format(fmt, output)
    _refuse_overwriting_inputs(inputs, output)
    if inputs.count("-") > 1:
        raise click.UsageError("standard input (-) can be read only once")
    if not inputs and _stdin_is_terminal():
        raise click.UsageError("no INPUT given and standard input is a terminal: name a file, or use - to type text")
    options = Options(day_first=day_first)

    def warn(message: str) -> None:
        if not quiet:
            click.echo(f"numfacts: warning: {message}", err=True)

    try:
        writer = open_writer(fmt, _destination(output), escape_formulas=escape_formulas)
    except OutputError as exc:
        raise click.ClickException(str(exc)) from exc

    tally = Tally()
    try:
        documents = read_inputs(inputs, text_column=text_column, id_column=id_column, date_column=date_column,
                                stdin=sys.stdin.buffer, warn=warn)
        _run(documents, writer, tally, reference_date=reference_date, options=options)
        writer.close()
    except KeyboardInterrupt:
        writer.abort()
        click.echo("numfacts: interrupted", err=True)
        ctx.exit(130)
    except BrokenPipeError:
        writer.abort()
        _silence_stdout()
        ctx.exit(1)
    except OutputError as exc:
        writer.abort()
        raise click.ClickException(str(exc)) from exc
    except BaseException:
        writer.abort()
        raise
    if not quiet:
        click.echo(tally.summary(output), err=True)
    if tally.failed:
        ctx.exit(1)


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream
        return False


def _destination(output: str | None) -> str | None:
    """The output file, or None for standard output."""
    return output if output is not None and output != "-" else None


def _refuse_overwriting_inputs(inputs: tuple[str, ...], output: str | None) -> None:
    if output is None or output == "-":
        return
    target = os.path.realpath(output)
    for path in inputs:
        if path != "-" and os.path.realpath(path) == target:
            raise click.UsageError(f"the output file {output!r} is also an input")


def _run(documents: Any, writer: Writer, tally: Tally, *, reference_date: str | None, options: Options) -> None:
    """Extract from each document, handing rows to `writer` a chunk at a time."""
    skip = writer.existing_ids()
    rows: list[Mention] = []
    records: list[DocumentRecord] = []
    for item in documents:
        tally.read += 1
        if isinstance(item, DocumentError):
            _fail(tally, records, item.doc_id, str(item), item.reason)
            continue
        if item.id in skip:
            tally.skipped += 1
            continue
        mentions = _extract(item, tally, records, reference_date=reference_date, options=options)
        if mentions is None:
            continue
        rows.extend(mentions)
        if mentions:
            tally.with_facts += 1
        else:
            tally.without_facts += 1
        records.append(DocumentRecord(item.id, mentions[0].reference_date if mentions else item.date,
                                      item.title, len(item.text), len(mentions)))
        if len(records) >= CHUNK_DOCUMENTS or len(rows) >= CHUNK_ROWS:
            _flush(writer, tally, rows, records)
    _flush(writer, tally, rows, records)


def _extract(doc: Document, tally: Tally, records: list[DocumentRecord], *, reference_date: str | None,
             options: Options) -> list[Mention] | None:
    """The mentions of one document, or None (reported, counted) when it failed."""
    own = doc.date is not None
    try:
        return extract_document(
            doc.text, doc_id=doc.id,
            reference_date=doc.date if own else reference_date,
            reference_source="input" if own else ("option" if reference_date else None),
            options=options,
        )
    except NumfactsError as exc:
        message = str(exc) if str(exc).startswith(f"{doc.id}: ") else f"{doc.id}: {exc}"
        _fail(tally, records, doc.id, message, message[len(doc.id) + 2 :])
    except (KeyboardInterrupt, BrokenPipeError, MemoryError):
        raise
    except Exception as exc:  # a bug in a pipeline step: report it, and go on with the batch
        reason = f"internal error: {type(exc).__name__}: {exc}"
        _fail(tally, records, doc.id, f"{doc.id}: {reason}", reason)
    return None


def _fail(tally: Tally, records: list[DocumentRecord], doc_id: str, message: str, reason: str) -> None:
    tally.failed += 1
    records.append(DocumentRecord(doc_id, None, None, None, 0, reason))
    click.echo(f"numfacts: error: {message}", err=True)


def _flush(writer: Writer, tally: Tally, rows: list[Mention], records: list[DocumentRecord]) -> None:
    if rows:
        tally.rows += writer.write(rows)
    if records:
        writer.write_documents(records)
    rows.clear()
    records.clear()


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the interpreter's final flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # io.UnsupportedOperation is both of the first two
        pass
