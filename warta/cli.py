"""The `warta` command: parse arguments, call one library function, render the result."""

from __future__ import annotations

import dataclasses
import functools
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from warta import __version__
from warta.config import Settings, resolve, settings_help
from warta.errors import WartaError

FORMATS = click.Choice(["table", "json", "jsonl"])


class _Context:
    """What every command gets: resolved settings."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings


def _handle_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a WartaError into one stderr line and exit status 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except WartaError as exc:
            click.echo(f"warta: error: {exc}", err=True)
            sys.exit(1)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="warta")
@click.option("--db", envvar="WARTA_DB", help="Database file (default ./warta.db, env WARTA_DB).")
@click.option(
    "--config", "config_file", type=click.Path(path_type=Path), help="TOML settings file."
)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.pass_context
@_handle_errors
def main(ctx: click.Context, db: str | None, config_file: Path | None, verbose: int) -> None:
    """Warta: news articles in, an auditable database of political events out."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s", stream=sys.stderr)
    # trafilatura and htmldate log every page they skip; Warta reports failures itself.
    for noisy in ("trafilatura", "htmldate", "readability"):
        logging.getLogger(noisy).setLevel(max(level, logging.ERROR))
    ctx.obj = _Context(resolve(config_file=config_file, overrides={"db": db}))


def _progress_bar(
    label: str,
) -> tuple[Callable[[int, int | None], None] | None, Callable[[], None]]:
    """Return a progress callback drawing a bar on a terminal (None when piped) and a closer."""
    if not sys.stderr.isatty():
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(desc=label, unit=" docs", file=sys.stderr, leave=False)

    def update(done: int, total: int | None) -> None:
        if total is not None:
            bar.total = total
        bar.n = done
        bar.refresh()

    return update, bar.close


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--max-bytes", type=int, help="Largest page accepted, in bytes.")
@click.option("--no-robots", is_flag=True, help="Do not obey robots.txt (only for your own sites).")
@click.option(
    "--reanalyze",
    is_flag=True,
    help="Analyse unchanged articles again too (after a model or lexicon update).",
)
@click.pass_obj
@_handle_errors
def ingest(
    obj: _Context,
    inputs: tuple[str, ...],
    max_bytes: int | None,
    no_robots: bool,
    reanalyze: bool,
) -> None:
    """Ingest HTML, text, JSONL, WARC, feeds, folders, URLs or - (stdin) into the database."""
    from warta.pipeline import ingest as run_ingest
    from warta.store import open_store

    settings = obj.settings
    if max_bytes is not None:
        settings = dataclasses.replace(settings, max_bytes=max_bytes)
    if no_robots:
        settings = dataclasses.replace(settings, respect_robots=False)
    store = open_store(settings.db)
    progress, close_bar = _progress_bar("ingest")

    def report(message: str) -> None:
        close_bar()
        click.echo(f"error: {message}", err=True)

    try:
        summary = run_ingest(
            list(inputs),
            store=store,
            settings=settings,
            stdin=sys.stdin.buffer,
            progress=progress,
            on_error=report,
            reanalyze=reanalyze,
        )
    finally:
        close_bar()
        store.close()
    click.echo(summary.line())


@main.command()
@click.option("--outlet", help="Only this outlet.")
@click.option("--lang", help="Only this language code (id, en).")
@click.option("--since", help="Published on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Published on or before this date (YYYY-MM-DD).")
@click.option("-q", "--query", help="Full-text search over title and text.")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--offset", type=int, default=0)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_obj
@_handle_errors
def articles(obj: _Context, fmt: str, **filters: Any) -> None:
    """List or search stored articles."""
    from warta.store import ArticleFilters, open_store

    store = open_store(obj.settings.db)
    try:
        found = store.articles(ArticleFilters(**filters))
    finally:
        store.close()
    rows = [_article_row(a.to_dict(), full=fmt != "table") for a in found]
    _render(rows, fmt, columns=["id", "published", "lang", "outlet", "title"])


@main.command()
@click.argument("article_id")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_obj
@_handle_errors
def show(obj: _Context, article_id: str, fmt: str) -> None:
    """Show one article: metadata and clean text."""
    from warta.store import EventFilters, MentionFilters, open_store

    store = open_store(obj.settings.db)
    try:
        article = store.article(article_id)
        full_id = article.id if article else article_id
        article_events = store.events(EventFilters(article_id=full_id, limit=None))
        mentions = store.mentions(MentionFilters(article_id=full_id, limit=None))
    finally:
        store.close()
    article_events.sort(key=lambda e: (e["span"][0], e["span"][1]))
    if article is None:
        raise WartaError(f"no article with id {article_id!r}; `warta articles` lists them")
    data = article.to_dict()
    if fmt != "table":
        _render([{**data, "mentions": mentions, "events": article_events}], fmt)
        return
    for key in ("id", "title", "outlet", "published", "dateline", "lang", "url", "editor"):
        click.echo(f"{key:>10}: {data[key] or ''}")
    click.echo(f"{'authors':>10}: {', '.join(data['authors'])}")
    click.echo(f"{'tags':>10}: {', '.join(data['tags'])}")
    click.echo()
    colour = sys.stdout.isatty()
    click.echo(cli_records.render_marked_text(data["text"], article_events, colour=colour))
    if article_events:
        click.echo("\nevents:")
        for number, event in enumerate(article_events, start=1):
            row = cli_records._event_row(event)
            attribution = (event.get("attribution") or {}).get("text")
            said = f", according to {attribution}" if attribution else ""
            where = f" at {row['place']}" if row["place"] else ""
            click.echo(
                f"  {number:>2}. {row['type']} {row['status']}: {row['source']} -> "
                f"{row['target'] or '-'}; {row['date']}{where}{said}"
            )
    actors = [m for m in mentions if m["kind"] == "actor"]
    if actors:
        click.echo("\nactors:")
        for mention in actors:
            click.echo(
                f"  {mention['text']:<28} {mention.get('actor_id') or '':<26} "
                f"{mention.get('country') or ''} {mention.get('sector') or ''}"
            )


@main.command()
@click.argument("source")
@click.option(
    "--format", "fmt", type=click.Choice(["json", "text"]), default="text", show_default=True
)
@click.pass_obj
@_handle_errors
def analyze(obj: _Context, source: str, fmt: str) -> None:
    """Run the pipeline on one input (path, URL or -) without storing, and print the result."""
    from warta.pipeline import analyze_input

    results = analyze_input(source, settings=obj.settings, stdin=sys.stdin.buffer)
    if fmt == "json":
        for result in results:
            click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    for result in results:
        if "error" in result:
            click.echo(f"error: {result['error']}", err=True)
            continue
        article, doc = result["article"], result["doc"]
        click.echo(f"{article['title']}  [{article['lang']}, {article['published']}]")
        if doc is None:
            click.echo(article["text"])
            continue
        click.echo(f"{len(doc['sentences'])} sentences, {len(doc['tokens'])} tokens")
        click.echo("entities:")
        for entity in doc["entities"]:
            click.echo(
                f"  {entity['label']:<4} {entity['text']}  [{entity['start']}:{entity['end']}]"
            )
        click.echo("times:")
        for time in doc["times"]:
            mod = f" ({time['mod']})" if time["mod"] else ""
            click.echo(f"  {time['value']:<20} {time['precision']:<7} {time['text']}{mod}")


@main.command()
@click.option(
    "--what", type=click.Choice(["articles", "events"]), default="articles", show_default=True
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet", "plover-json", "gdelt-tsv"]),
    default="jsonl",
    show_default=True,
    help="Articles: jsonl, csv, parquet. Events: also plover-json and gdelt-tsv.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Output file (default: standard output; required for parquet).",
)
@click.pass_obj
@_handle_errors
def export(obj: _Context, what: str, fmt: str, output: Path | None) -> None:
    """Export stored articles or events (SPEC JSONL, CSV, Parquet, PLOVER JSON, GDELT TSV)."""
    from warta.export import export_articles, export_events
    from warta.store import open_store

    if fmt == "parquet" and output is None:
        raise WartaError("parquet export needs --output FILE")
    if what == "articles" and fmt in {"plover-json", "gdelt-tsv"}:
        raise WartaError(f"{fmt} is an event format; use --what events")
    store = open_store(obj.settings.db)
    try:
        writer = export_events if what == "events" else export_articles
        count = writer(store, fmt=fmt, output=output)
    finally:
        store.close()
    click.echo(f"exported {count} {what}", err=True)


@main.command()
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_obj
@_handle_errors
def stats(obj: _Context, fmt: str) -> None:
    """Summarise the database: articles by language and outlet, date range."""
    from warta.store import open_store

    store = open_store(obj.settings.db)
    try:
        summary = store.summary()
    finally:
        store.close()
    if fmt != "table":
        _render([summary], fmt)
        return
    click.echo(
        f"{summary['articles']} articles, published "
        f"{summary['published_from'] or '?'} to {summary['published_to'] or '?'}"
    )
    for key in ("by_lang", "by_outlet"):
        counts = ", ".join(f"{k} {v}" for k, v in summary[key].items())
        click.echo(f"  {key.removeprefix('by_')}: {counts}")


@main.command(name="settings")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_obj
def settings_command(obj: _Context, fmt: str) -> None:
    """List every setting with its current value, default and help."""
    rows = [{**row, "value": getattr(obj.settings, row["name"])} for row in settings_help()]
    _render(rows, fmt, columns=["name", "value", "help"])


@main.command()
@click.option(
    "--corpus",
    type=click.Path(path_type=Path),
    help="Folder to ingest (default: the bundled sample corpus).",
)
@click.option(
    "--articles",
    "target",
    type=int,
    default=500,
    show_default=True,
    help="Repeat the corpus until at least this many articles.",
)
@click.option(
    "--explorer",
    "explorer_events",
    type=int,
    help="Instead, time a filtered event-explorer query over this many synthetic events.",
)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@_handle_errors
def bench(corpus: Path | None, target: int, explorer_events: int | None, fmt: str) -> None:
    """Time ingestion per stage and print articles/s (or the event explorer's query time)."""
    if explorer_events:
        from warta.api.bench import run as run_explorer

        _render([run_explorer(events=explorer_events)], fmt)
        return
    from warta.bench import run

    _render(
        run(corpus=corpus, target=target),
        fmt,
        columns=["stage", "articles", "seconds", "articles_per_s", "note"],
    )


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8000, show_default=True, help="Port to listen on.")
@click.pass_obj
@_handle_errors
def serve(obj: _Context, host: str, port: int) -> None:
    """Serve the REST API (OpenAPI at /openapi.json) and the web UI."""
    import uvicorn

    from warta.api import create_app

    click.echo(f"Warta is serving http://{host}:{port}/ (Ctrl+C stops it)", err=True)
    uvicorn.run(create_app(obj.settings), host=host, port=port, log_level="warning")


def _article_row(data: dict[str, Any], *, full: bool) -> dict[str, Any]:
    if full:
        return data
    title = data["title"] or data["text"][:60]
    return {
        **data,
        "title": title if len(title) <= 70 else title[:69] + "…",
        "published": (data["published"] or "")[:16],
    }


def _render(rows: list[dict[str, Any]], fmt: str, columns: list[str] | None = None) -> None:
    """Print records as an aligned table, one JSON array, or JSON Lines."""
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    else:
        columns = columns or (list(rows[0]) if rows else [])
        cells = [[_cell(row.get(c)) for c in columns] for row in rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
        click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
        for row in cells:
            click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    return str(value).replace("\n", " ")


# Commands over stored events and mentions, evaluation and training live beside this
# module; importing them registers them on `main`.
from warta import cli_eval, cli_records  # noqa: E402, F401
