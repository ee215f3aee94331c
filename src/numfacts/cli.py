"""The command line: `numfacts extract`. It parses arguments, calls the library and formats output.

Documents come from `numfacts.reader`, each goes through `numfacts.pipeline.extract_document`,
and the rows go, a chunk of documents at a time, to a writer of `numfacts.writers`.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
import sys
from collections.abc import Callable
from typing import Any

import click

from . import __version__
from .lang import LANGUAGES
from .messages import counted, error_line, warning_line
from .pipeline import Options, extract_document
from .progress import Progress
from .reader import INPUT_FORMATS, KNOWN_EXTENSIONS, read_inputs
from .runner import (
    CHUNK_CHARACTERS,
    CHUNK_DOCUMENTS,
    DEFAULT_TIMEOUT,
    Settings,
    Tally,
    WorkerError,
    default_jobs,
    run_batch,
)
from .writers import FILE_ONLY, FORMATS, OutputError, format_for, is_dataset, open_writer

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


def _column(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not value.strip():
        raise click.BadParameter("a column name cannot be empty")
    return value


def _encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Check --encoding: a codec Python knows (utf-8, cp1252, latin-1, ...)."""
    if value is None:
        return None
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise click.BadParameter(f"unknown encoding {value!r}") from None


def reading(text_column: str | None, id_column: str | None, date_column: str | None, *,
            input_format: str = "auto", encoding: str | None = None, day_first: bool = False) -> dict[str, Any]:
    """`read_inputs` keyword arguments from the input options: a column named explicitly must exist;
    the default id and date columns are optional."""
    given = [c for c in (id_column, date_column) if c is not None]
    return dict(text_column=text_column or "text", id_column=id_column or "id", date_column=date_column or "date",
                required=given, input_format=input_format, encoding=encoding, day_first=day_first)


class _Group(click.Group):
    """The `numfacts` group: click's messages in numfacts' style (``numfacts: error: ...``)."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as exc:
            if exc.ctx is not None:
                click.echo(exc.ctx.get_usage(), err=True)
                click.echo(f"Try '{exc.ctx.command_path} -h' for help.", err=True)
            click.echo(error_line(exc.format_message()), err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(error_line(exc.format_message()), err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo(error_line("aborted"), err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


def output_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--format, -o/--output and --no-escape-formulas, defined once for every command that writes."""
    for option in reversed([
        click.option("-f", "--format", "fmt", type=click.Choice(FORMATS, case_sensitive=False),
                     help="Output format. Default: from the -o file's extension, else csv."),
        click.option("-o", "--output", type=click.Path(writable=False, allow_dash=True),
                     help="Write to this file (.csv .jsonl .parquet .db/.sqlite .html) instead of "
                          "standard output. Written to a temporary file, then renamed into place; "
                          "SQLite is written in place, a transaction a chunk; a folder (DIR/) with "
                          "--format parquet is a dataset, a part a chunk."),
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
        click.option("--text-column", callback=_column, metavar="C",
                     help="Corpus files: the column holding the text. Default: text."),
        click.option("--id-column", callback=_column, metavar="C",
                     help="Corpus files: the column holding the document id. Default: id, else FILE:LINE. "
                          "A column named here must exist."),
        click.option("--date-column", callback=_column, metavar="C",
                     help="Corpus files: the column holding each document's reference date (2024-03-14, "
                          "Thu, 14 Mar 2024 09:30:00 GMT, 14 mars 2024 ...). Default: date. A column named "
                          "here must exist."),
        click.option("--input-format", type=click.Choice(INPUT_FORMATS, case_sensitive=False), default="auto",
                     show_default=True,
                     help="The format of standard input; auto: JSONL when its first line is a JSON object, "
                          "else text."),
        click.option("--encoding", callback=_encoding, metavar="NAME",
                     help="The encoding of files without a byte-order mark (cp1252, latin-1 ...). Default: UTF-8."),
        click.option("--day-first", is_flag=True, help="Read 03/04/2016 as 3 April, not March 4."),
        click.option("--lang", type=click.Choice(sorted(LANGUAGES)), default=None,
                     help="The language of documents without a lang column value. Default: detected "
                          "per document."),
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
    if is_dataset(output):
        if fmt is not None and fmt.lower() != "parquet":
            raise click.UsageError(f"the output {output!r} is a folder: only --format parquet writes a dataset")
        if fmt is None:
            raise click.UsageError(f"the output {output!r} is a folder: use --format parquet for a dataset")
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


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
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
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Worker processes. Default: every core. The output is the same for every N.")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
              metavar="SECONDS",
              help="Time budget of one document: one still running after SECONDS fails "
                   "('took longer than 60 s') and the batch goes on. 0: no limit.")
@click.option("-q", "--quiet", is_flag=True,
              help="No progress bar, no summary line and no warnings (errors are still shown).")
@click.option("--chunk", "chunk", type=click.IntRange(min=1), default=None, metavar="N",
              help=f"Documents a chunk (default {CHUNK_DOCUMENTS}; fewer when they are long): one task for a worker "
                   "and one write, one transaction in SQLite, one part of a Parquet dataset.")
@click.option("--replace", is_flag=True,
              help="SQLite: extract again each document whose text changed since it was stored, and "
                   "replace its facts. Default: documents already stored are skipped.")
@click.pass_context
def extract(
    ctx: click.Context, inputs: tuple[str, ...], fmt: str | None, output: str | None, escape_formulas: bool,
    reference_date: str | None, text_column: str | None, id_column: str | None, date_column: str | None,
    input_format: str, encoding: str | None, day_first: bool, lang: str | None, jobs: int | None, timeout: float,
    quiet: bool, chunk: int, replace: bool,
) -> None:
    """Extract every numeric fact of INPUT into a table, one row per mention.

    INPUT: text files (.txt, .md), HTML pages (.html: the article, its title and date),
    directories (walked), corpus files (.jsonl, .json, .csv, .tsv, gzipped or not, and
    .parquet: one document a row, columns text, optional id and date), or - / nothing for
    standard input (text, or JSONL when its first line is a JSON object; see --input-format).
    Files of other kinds (PDF, Word, no extension) are skipped with a warning.

    \b
    Examples:
        numfacts extract article.txt
        numfacts extract articles/ -o facts.csv
        numfacts extract corpus.jsonl --format jsonl > facts.jsonl
        numfacts extract corpus.parquet --text-column body -o facts.parquet
        numfacts extract news.csv -o facts.db          # append to a SQLite database
        numfacts extract news.csv -o facts.db --replace  # ... replacing edited articles
        numfacts extract archive.jsonl -f parquet -o facts/  # a dataset, a part a chunk
        numfacts extract archive.jsonl --jobs 4 -o facts.parquet
        numfacts extract scraped/ --timeout 10 -o facts.db   # give up on a document after 10 s
        echo "Over 400,000 people fled on Sunday." | numfacts extract --reference-date 2016-12-11

    \b
    A corpus row's date column is its reference date; --reference-date serves the rest;
    without either, the date is inferred from the text where it can be.
    Documents are read and written a chunk at a time, so memory stays bounded
    whatever the input's size; --jobs N extracts on N processes (default: every
    core), and the rows come out in input order whatever N is. A progress bar
    shows on standard error when it is a terminal (not with --quiet).
    A document still running after --timeout seconds (default 60) is reported as
    failed, like an unreadable one, and the batch goes on. Files are read as UTF-8
    (a UTF-8/16/32 byte-order mark is honoured); bytes that are not UTF-8, as in
    Windows-1252 files, become U+FFFD with a warning naming the file; a file with
    a NUL byte is a binary file and fails.

    \b
    Exit status:
        0    every document read and extracted (with or without facts)
        1    a document failed (reported on standard error, one line each),
             no document was read, the output cannot be written, or a worker
             process died
        2    usage error (bad option, conflicting format, output is an input)
        130  interrupted (Ctrl-C); no partial output file is left (SQLite and
             a Parquet dataset keep the chunks written: run again to resume)
    """
    fmt = resolve_format(fmt, output)
    if replace and fmt != "sqlite":
        raise click.UsageError("--replace needs a SQLite output: use -o FILE.db")
    _refuse_overwriting_inputs(inputs, output)
    if inputs.count("-") > 1:
        raise click.UsageError("standard input (-) can be read only once")
    if not inputs and _stdin_is_terminal():
        raise click.UsageError("no INPUT given and standard input is a terminal: name a file, or use - to type text")
    options = Options(day_first=day_first, lang=lang)

    how = reading(text_column, id_column, date_column, input_format=input_format, encoding=encoding,
                  day_first=day_first)
    progress = Progress.for_stream(sys.stderr, quiet=quiet, paths=inputs, extensions=KNOWN_EXTENSIONS,
                                   text_column=how["text_column"])
    skipped = []

    def warn(message: str) -> None:
        if ": skipped: " in message:
            skipped.append(message)
        if not quiet:
            progress.clear()
            click.echo(warning_line(message), err=True)

    try:
        writer = open_writer(fmt, _destination(output), escape_formulas=escape_formulas, replace=replace)
    except OutputError as exc:
        raise click.ClickException(str(exc)) from exc

    tally = Tally()

    def report(message: str) -> None:
        progress.clear()
        click.echo(error_line(message), err=True)

    settings = Settings(reference_date=reference_date, options=options, extract=extract_document,
                        timeout=timeout or None)
    try:
        # JSONL rows come in blocks of lines, parsed where they are extracted (numfacts.lines)
        documents = read_inputs(inputs, **how, stdin=sys.stdin.buffer, warn=warn,
                                exclude=[output] if output else [],
                                blocks=(chunk or CHUNK_DOCUMENTS, CHUNK_CHARACTERS))
        run_batch(documents, writer, settings=settings, jobs=jobs or default_jobs(), report=report, warn=warn,
                  progress=progress, tally=tally, chunk_documents=chunk or CHUNK_DOCUMENTS,
                  chunk_characters=CHUNK_CHARACTERS)
        progress.close()
        writer.close()
    except KeyboardInterrupt:
        progress.close()
        writer.abort()
        click.echo(error_line("interrupted"), err=True)
        ctx.exit(130)
    except BrokenPipeError:
        progress.close()
        writer.abort()
        _silence_stdout()
        ctx.exit(1)
    except (OutputError, WorkerError) as exc:
        progress.close()
        writer.abort()
        raise click.ClickException(str(exc)) from exc
    except BaseException:
        progress.close()
        writer.abort()
        raise
    if not quiet:
        click.echo(tally.summary(output), err=True)
    if not tally.read:
        why = f" ({counted(len(skipped), 'file')} skipped)" if skipped else ""
        click.echo(error_line(f"no document read{why}"), err=True)
        ctx.exit(1)
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


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the interpreter's final flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # io.UnsupportedOperation is both of the first two
        pass


# ---------------------------------------------------------------- review, check, compare (issue #5)


def _read_documents(inputs: tuple[str, ...], how: dict[str, Any], *, quiet: bool) -> tuple[list[Any], list[Any]]:
    """Every document of `inputs` (read whole: these commands look at documents side by side) and
    the errors of those that could not be read, each reported on standard error."""
    from .errors import DocumentError

    if inputs.count("-") > 1:
        raise click.UsageError("standard input (-) can be read only once")
    if not inputs and _stdin_is_terminal():
        raise click.UsageError("no INPUT given and standard input is a terminal: name a file, or use - to type text")

    def warn(message: str) -> None:
        if not quiet:
            click.echo(warning_line(message), err=True)

    docs, failed = [], []
    for item in read_inputs(inputs, **how, stdin=sys.stdin.buffer, warn=warn):
        if isinstance(item, DocumentError):
            failed.append(item)
            click.echo(error_line(str(item)), err=True)
        else:
            docs.append(item)
    return docs, failed


def _frame_of(doc: Any, reference_date: str | None, day_first: bool, lang: str | None = None) -> Any:
    """The table of one document (`numfacts.table.to_frame` of the pipeline's rows)."""
    from .table import to_frame

    own = doc.date is not None
    return to_frame(extract_document(
        doc.text, doc_id=doc.id, reference_date=doc.date if own else reference_date,
        reference_source="input" if own else ("option" if reference_date else None),
        lang=doc.lang, options=Options(day_first=day_first, lang=lang)))


def _write_table(df: Any, output: str | None, fmt: str | None) -> None:
    """A small result table as CSV (default) or JSONL, to standard output or to -o FILE."""
    fmt = (fmt or ("jsonl" if output and output.endswith(".jsonl") else "csv")).lower()
    df = df.copy()
    for col in df.columns:  # list cells (a warning's rows) as `a; b`
        if df[col].dtype == object and df[col].map(lambda v: isinstance(v, list)).any():
            df[col] = df[col].map(lambda v: "; ".join(map(str, v)) if isinstance(v, list) else v)
    text = df.to_csv(index=False) if fmt == "csv" else df.to_json(orient="records", lines=True, force_ascii=False)
    if output is None or output == "-":
        click.echo(text, nl=False)
    else:
        try:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc


_TABLE_FORMATS = click.Choice(["csv", "jsonl"], case_sensitive=False)


@main.command()
@click.argument("article", metavar="ARTICLE")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="The HTML file to write (- for standard output). Default: named after ARTICLE "
                   "(article.txt -> article.review.html; with --doc-id, DOC_ID.review.html).")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.option("--doc-id", help="Corpus files: the id of the document to review (default: the only one).")
@click.option("--title", help="The page's title (default: the document's title or id).")
@click.option("--against", "reference", type=click.Path(dir_okay=False, exists=True),
              help="Check each fact against this reference table (see numfacts verify) and show the verdicts.")
@input_options
@click.option("-q", "--quiet", is_flag=True, help="No summary line.")
def review(article: str, output: str | None, force: bool, doc_id: str | None, title: str | None,
           reference: str | None, reference_date: str | None, text_column: str | None, id_column: str | None,
           date_column: str | None, input_format: str, encoding: str | None, day_first: bool, lang: str | None,
           quiet: bool) -> None:
    """Write a fact-checking review of ARTICLE: one self-contained HTML page.

    The page shows the article with every numeric fact highlighted, the consistency
    warnings, and a table of every fact with a review status and a note (kept in the
    browser, exportable to CSV and importable back). With --against, each fact's
    verdict against a reference table too, with a filter on it. It loads nothing
    from the network. An existing output file is kept unless --force.

    \b
    Examples:
        numfacts review article.txt --reference-date 2016-12-11
        numfacts review corpus.jsonl --doc-id wikinews-1234 -o wikinews-1234.html
        numfacts review jobs.txt --against data/reference/us-economy.csv
    \b
    Exit status: 0; 1 when ARTICLE cannot be read, --doc-id is not in it, or the page
    cannot be written; 2 usage (a corpus of several documents without --doc-id, an
    existing output file without --force).
    """
    from .check import check as check_frame
    from .review import render

    if output is None:
        stem = doc_id or ("stdin" if article == "-" else os.path.splitext(os.path.basename(article))[0])
        output = re.sub(r"[^\w.-]+", "_", stem) + ".review.html"
    if output != "-" and os.path.realpath(output) == os.path.realpath(article):
        raise click.UsageError(f"the output file {output!r} is also the input")
    if output != "-" and os.path.exists(output) and not force:
        raise click.UsageError(f"{output} exists: use --force to overwrite it, or -o to name another file")
    docs, failed = _read_documents((article,), reading(text_column, id_column, date_column, input_format=input_format,
                                                   encoding=encoding, day_first=day_first), quiet=quiet)
    if failed and not docs:
        raise click.ClickException(f"cannot review {article}: {failed[0]}")
    if doc_id is not None:
        docs = [d for d in docs if d.id == doc_id]
        if not docs:
            raise click.ClickException(f"no document {doc_id!r} in {article}")
    if len(docs) != 1:
        ids = [d.id for d in docs]
        listed = ", ".join(ids[:20]) + (f", ... ({len(ids) - 20} more)" if len(ids) > 20 else "")
        raise click.UsageError(f"{article} holds {len(docs)} documents: choose one with --doc-id ({listed})")
    doc = docs[0]
    df = _frame_of(doc, reference_date, day_first, lang)
    warnings = check_frame(df)
    if reference is not None:
        from .errors import InputError
        from .verification import verify as verify_frame

        try:
            df = verify_frame(df, reference)
        except InputError as exc:
            raise click.ClickException(str(exc)) from exc
    page = render(doc.text, df, warnings, doc_id=doc.id, title=title or doc.title,
                  reference_name=os.path.basename(reference) if reference else None)
    if output == "-":
        click.echo(page, nl=False)
    else:
        try:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(page)
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
    if not quiet:
        click.echo(f"numfacts: wrote {output}: {counted(len(df), 'fact')}, {counted(len(warnings), 'warning')}",
                   err=True)


@main.command()
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write the warnings here (.csv or .jsonl) instead of standard output.")
@click.option("-f", "--format", "fmt", type=_TABLE_FORMATS, help="Output format. Default: csv.")
@click.option("--strict", is_flag=True, help="Exit with status 3 when there is any warning.")
@input_options
@click.option("-q", "--quiet", is_flag=True, help="No summary line.")
@click.pass_context
def check(ctx: click.Context, inputs: tuple[str, ...], output: str | None, fmt: str | None, strict: bool,
          reference_date: str | None, text_column: str | None, id_column: str | None, date_column: str | None,
          input_format: str, encoding: str | None, day_first: bool, lang: str | None, quiet: bool) -> None:
    """Report figures of each INPUT document that do not add up, one warning a row.

    Checks: a part larger than its whole, a share above 100 percent, shares summing past
    100, one entity and event given different values in one document, a range whose low
    exceeds its high, a stated change disagreeing with its own from and to values.

    \b
    Examples:
        numfacts check article.txt
        numfacts check corpus.jsonl -o warnings.csv
    \b
    Exit status: 0; 1 when a document failed; 3 with --strict when there is a warning; 2 usage.
    """
    import pandas as pd

    from .check import WARNING_COLUMNS
    from .check import check as check_frame

    docs, failed = _read_documents(inputs, reading(text_column, id_column, date_column, input_format=input_format,
                                                   encoding=encoding, day_first=day_first), quiet=quiet)
    frames = [check_frame(_frame_of(doc, reference_date, day_first, lang)) for doc in docs]
    frames = [f for f in frames if len(f)]
    warnings = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=list(WARNING_COLUMNS))
    _write_table(warnings, output, fmt)
    if not quiet:
        click.echo(f"numfacts: {counted(len(docs), 'document')} checked, {len(failed)} failed; "
                   f"{counted(len(warnings), 'warning')}",
                   err=True)
    if not docs:
        click.echo(error_line("no document read"), err=True)
        ctx.exit(1)
    if failed:
        ctx.exit(1)
    if strict and len(warnings):
        ctx.exit(3)


@main.command()
@click.argument("inputs", nargs=-1, metavar="A B [INPUT]...")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write the comparison here (.csv or .jsonl) instead of standard output.")
@click.option("-f", "--format", "fmt", type=_TABLE_FORMATS, help="Output format. Default: csv.")
@click.option("--disagreements", is_flag=True, help="Only the facts on which the documents disagree.")
@input_options
@click.option("-q", "--quiet", is_flag=True, help="No summary line.")
@click.pass_context
def compare(ctx: click.Context, inputs: tuple[str, ...], output: str | None, fmt: str | None, disagreements: bool,
            reference_date: str | None, text_column: str | None, id_column: str | None, date_column: str | None,
            input_format: str, encoding: str | None, day_first: bool, lang: str | None, quiet: bool) -> None:
    """Put facts about the same entity and kind from several documents side by side.

    One row per kind, entity, unit and event (killed, evacuated ...) found in at least two
    documents, a column per document, and `disagree` where their figures cannot both hold.

    \b
    Examples:
        numfacts compare presstv.txt reuters.txt
        numfacts compare coverage.jsonl --disagreements -o disagreements.csv
    \b
    Exit status: 0; 1 when a document failed; 2 usage (fewer than two documents).
    """
    import pandas as pd

    from .compare import compare as compare_frame

    docs, failed = _read_documents(inputs, reading(text_column, id_column, date_column, input_format=input_format,
                                                   encoding=encoding, day_first=day_first), quiet=quiet)
    if len({d.id for d in docs}) < 2:
        raise click.UsageError(f"compare needs at least two documents, got {len({d.id for d in docs})}")
    table = compare_frame(pd.concat([_frame_of(d, reference_date, day_first, lang) for d in docs], ignore_index=True))
    if disagreements:
        table = table[table["disagree"].fillna(False)].reset_index(drop=True)
    _write_table(table, output, fmt)
    if not quiet:
        flagged = int(table["disagree"].fillna(False).sum()) if len(table) else 0
        click.echo(f"numfacts: {counted(len(docs), 'document')} compared; {counted(len(table), 'shared fact')}, "
                   f"{counted(flagged, 'disagreement')}",
                   err=True)
    if failed:
        ctx.exit(1)


# ---------------------------------------------------------------- verify (issue #12)


@main.command()
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("--against", "reference", required=True, type=click.Path(dir_okay=False, exists=True),
              help="The reference table of statistics (.csv, .parquet, or SQLite .db).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write the verified facts here instead of standard output.")
@click.option("-f", "--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet", "sqlite"], case_sensitive=False),
              help="Output format. Default: from the extension of -o, else csv.")
@click.option("--disagreements", is_flag=True, help="Only the facts that disagree with the reference.")
@click.option("--no-escape-formulas", is_flag=True, help="CSV: keep cells that a spreadsheet would run as formulas.")
@input_options
@click.option("-q", "--quiet", is_flag=True, help="No summary line.")
@click.pass_context
def verify(ctx: click.Context, inputs: tuple[str, ...], reference: str, output: str | None, fmt: str | None,
           disagreements: bool, no_escape_formulas: bool, reference_date: str | None, text_column: str | None,
           id_column: str | None, date_column: str | None, input_format: str, encoding: str | None, day_first: bool,
           lang: str | None, quiet: bool) -> None:
    """Check each fact of INPUT against a reference table of statistics.

    Every fact gets a verdict (agrees, disagrees, no reference), the reference row and
    figure it was matched to, the gap, and a one-line reason. The reference has columns
    measure (or entity), value, unit, date, and optional aliases, kind, source. Output:
    the columns of extract and the verdict columns, as CSV, JSONL, Parquet or SQLite
    (the table `verified`).

    \b
    Examples:
        numfacts verify article.txt --against data/reference/us-economy.csv
        numfacts verify corpus.jsonl --against stats.parquet --disagreements -o wrong.csv
    \b
    Exit status: 0; 1 when a document failed or the reference cannot be read; 2 usage.
    """
    import pandas as pd

    from .errors import InputError
    from .table import to_frame
    from .verification import summary
    from .verification import verify as verify_frame

    docs, failed = _read_documents(inputs, reading(text_column, id_column, date_column, input_format=input_format,
                                                   encoding=encoding, day_first=day_first), quiet=quiet)
    frames = [_frame_of(doc, reference_date, day_first, lang) for doc in docs]
    facts = pd.concat(frames, ignore_index=True) if frames else to_frame([])
    try:
        table = verify_frame(facts, reference)
    except InputError as exc:
        raise click.ClickException(str(exc)) from exc
    if disagreements:
        table = table[table["verdict"] == "disagrees"].reset_index(drop=True)
    from .writers import escape_formula, format_for

    fmt = (fmt or format_for(output) or "csv").lower()
    if fmt in ("parquet", "sqlite"):
        if not output or output == "-":
            raise click.UsageError(f"{fmt} needs an output file (-o FILE)")
        import sqlite3

        try:
            if fmt == "parquet":
                table.to_parquet(output, index=False)
            else:
                with sqlite3.connect(output) as con:  # the table `verified`, replaced by each run
                    table.astype(object).where(table.notna(), None).to_sql("verified", con, index=False,
                                                                             if_exists="replace")
        except (OSError, ValueError, sqlite3.Error) as exc:
            raise click.ClickException(f"cannot write {output}: {exc}") from exc
    else:
        if fmt == "csv" and not no_escape_formulas:
            table = table.copy()
            for col in table.columns:
                if str(table[col].dtype) in ("string", "object"):
                    table[col] = table[col].map(lambda v: escape_formula(v) if isinstance(v, str) else v)
        _write_table(table, output, "jsonl" if fmt == "jsonl" else "csv")
    if not quiet:
        counts = summary(table)
        click.echo(f"numfacts: {len(docs)} documents verified; {counts['agrees']} agree, {counts['disagrees']} "
                   f"disagree, {counts['no reference']} without a reference", err=True)
    if failed:
        ctx.exit(1)
