"""`make bench`: numfacts' throughput and memory against its peers, and its worst cases.

One run measures, on one deterministic sample of data/corpus/wikinews.jsonl:

* numfacts on the main sample (default 2 MB) and on a smaller peer slice (default 150 KB);
* quantulum3 (`quantulum3.parser.parse`) and dateparser (`dateparser.search.search_dates`) on that
  same peer slice, so the speed ratios compare identical text;
* adversarial inputs (bench/adversarial.py) at a quarter size and full size (default 200 KB), in
  seconds per KB beside normal news text, with a timeout so a pathological case is reported, and
  one news document --long-kb long on a single line (its growth exponent shows a quadratic step);
* `numfacts extract --jobs N` for 1 and 2 jobs, when the CLI has that option;
* the analyst's per-document loop (`numfacts.extract` -> one DataFrame per document) against
  quantulum3 on the peer slice (engine `numfacts-loop`);
* start-up: `numfacts extract` on a one-line input against `python -c pass`, interleaved;
* the pipeline's step shares, from a cProfile run over the peer slice.

Every measurement runs in a fresh subprocess (this script with --worker), which reports its wall
time (time.perf_counter), CPU time and peak resident memory (VmHWM). MB = 10**6 UTF-8 bytes of
text, KB = 1000. Prints a table and writes figures/bench.json.

Usage: bench.py [--mb 2] [--peer-kb 400] [--adv-kb 200] [--long-kb 8000] [--timeout 120] [--repeat 3] [--mem-limit-mb 4096]
                [--jobs-mb 20 | --jobs-kb KB]
                [--only numfacts,peers,adversarial,jobs,startup,profile] [--out figures/bench.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import json
import math
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus" / "wikinews.jsonl"
WARMUP = "On Sunday, more than 400,000 people, about 93 percent, paid $2.5 billion for 12 km on December 11, 2016."
ENGINES = ("numfacts", "numfacts-loop", "quantulum3", "dateparser")
SECTIONS = ("numfacts", "peers", "adversarial", "jobs", "startup", "profile")


# ---------------------------------------------------------------- the sample


def load_corpus(path: Path = CORPUS) -> list[dict]:
    """Every article with a non-blank text, in file order."""
    with open(path, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return [d for d in docs if isinstance(d.get("text"), str) and d["text"].strip()]


def nbytes(text: str) -> int:
    return len(text.encode("utf-8"))


def sample(docs: list[dict], limit: int, seed: int = 0) -> list[dict]:
    """Whole articles in a seeded shuffled order, until `limit` UTF-8 bytes are reached."""
    order = list(range(len(docs)))
    random.Random(seed).shuffle(order)
    out, total = [], 0
    for i in order:
        if total >= limit:
            break
        out.append(docs[i])
        total += nbytes(docs[i]["text"])
    return out


def prefix(docs: list[dict], limit: int) -> list[dict]:
    """The first articles of `docs` until `limit` bytes are reached (a slice of the same sample)."""
    out, total = [], 0
    for d in docs:
        if total >= limit:
            break
        out.append(d)
        total += nbytes(d["text"])
    return out


def write_jsonl(path: Path, docs: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps({"id": d["id"], "date": d.get("date"), "text": d["text"]}) + "\n" for d in docs)


# ---------------------------------------------------------------- worker side


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (VmHWM; ru_maxrss where /proc is missing)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1024 / 1024


def make_engine(name: str):
    """A function text, doc -> number of rows found, after imports and one warm-up call."""
    if name == "numfacts":
        from numfacts.pipeline import extract_document

        def run(text: str, doc: dict) -> int:
            return len(extract_document(text, doc_id=str(doc.get("id", "doc")), reference_date=doc.get("date")))

    elif name == "numfacts-loop":  # the analyst's loop: one numfacts.extract DataFrame per document
        import numfacts

        def run(text: str, doc: dict) -> int:
            return len(numfacts.extract(text, reference_date=doc.get("date") or None, doc_id=str(doc.get("id", "doc"))))

    elif name == "quantulum3":
        import warnings

        warnings.simplefilter("ignore")  # "classifier dependencies not installed"
        from quantulum3 import parser

        def run(text: str, doc: dict) -> int:
            return len(parser.parse(text))

    elif name == "dateparser":
        import warnings

        warnings.simplefilter("ignore")
        from dateparser.search import search_dates

        def run(text: str, doc: dict) -> int:
            return len(search_dates(text, languages=["en"]) or [])

    else:
        raise SystemExit(f"unknown engine {name!r}")
    run(WARMUP, {"id": "warmup", "date": "2016-12-11"})
    return run


def emit(record: dict) -> None:
    print(json.dumps(record), flush=True)


def work_corpus(engine: str, path: str, repeat: int = 1) -> None:
    """Time `engine` over every document of a JSONL file, one document at a time; `repeat` passes,
    the fastest one reported (the least disturbed by other work on the machine)."""
    t0 = time.perf_counter()
    run = make_engine(engine)
    setup = time.perf_counter() - t0
    base = peak_rss_mb()
    with open(path, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    size = sum(nbytes(d["text"]) for d in docs)
    passes = []
    for _ in range(max(repeat, 1)):
        rows = 0
        c0, t0 = time.process_time(), time.perf_counter()
        for d in docs:
            rows += run(d["text"], d)
        passes.append((time.perf_counter() - t0, time.process_time() - c0))
    wall, cpu = min(passes)
    emit({"engine": engine, "docs": len(docs), "bytes": size, "rows": rows, "seconds": wall, "cpu_seconds": cpu,
          "all_seconds": [w for w, _ in passes], "setup_seconds": setup, "rss_after_setup_mb": base,
          "peak_rss_mb": peak_rss_mb()})


def work_adversarial(engine: str, path: str) -> None:
    """Time `engine` on a quarter of one adversarial text, then on all of it (one line each)."""
    run = make_engine(engine)
    text = Path(path).read_text(encoding="utf-8")
    for part in (4, 1):
        piece = text[: len(text) // part]
        c0, t0 = time.process_time(), time.perf_counter()
        rows = run(piece, {"id": Path(path).stem, "date": "2016-12-11"})
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        emit({"engine": engine, "bytes": nbytes(piece), "rows": rows, "seconds": wall, "cpu_seconds": cpu,
              "peak_rss_mb": peak_rss_mb()})


# ---------------------------------------------------------------- parent side


def limit_memory(mb: float) -> None:
    """Cap this process's address space, so a runaway case fails with MemoryError on a shared machine."""
    if mb > 0:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (int(mb * 2**20), int(mb * 2**20)))


def run_worker(kind: str, engine: str, path: Path, timeout: float, mem_mb: float = 0,
               repeat: int = 1) -> tuple[list[dict], str | None]:
    """Run this script as a worker; its JSON records, and an error ("timeout", "exit N: ...") or None."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--engine", engine, "--input", str(path),
           "--mem-limit-mb", str(mem_mb), "--repeat", str(repeat)]
    env = dict(os.environ, PYTHONWARNINGS="ignore", PYTHONHASHSEED="0")
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT, check=False)
        tail = (p.stderr.strip().splitlines()[-1:] or [""])[0][-300:]
        out, err = p.stdout, (None if p.returncode == 0 else f"killed by signal {-p.returncode}" if p.returncode < 0
                              else f"exit {p.returncode}: {tail}")
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        err = "timeout"
    records = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return records, err


def rates(rec: dict) -> dict:
    """Add MB/s (wall and CPU), rows/s and CPU seconds per KB to a worker record."""
    secs = max(rec["seconds"], 1e-9)
    cpu = max(rec.get("cpu_seconds") or secs, 1e-9)
    return dict(rec, mb_per_s=rec["bytes"] / 1e6 / secs, cpu_mb_per_s=rec["bytes"] / 1e6 / cpu, rows_per_s=rec["rows"] / secs,
                # per KB in CPU seconds of the one process: steadier than wall time on a shared machine
                s_per_kb=cpu / (rec["bytes"] / 1000) if rec["bytes"] else None,
                wall_s_per_kb=rec["seconds"] / (rec["bytes"] / 1000) if rec["bytes"] else None)


def measure_corpus(engine: str, path: Path, timeout: float, label: str, repeat: int = 1) -> dict:
    print(f"  {label}: {engine} ...", file=sys.stderr, flush=True)
    recs, err = run_worker("corpus", engine, path, timeout, repeat=repeat)
    if not recs:
        return {"engine": engine, "error": err or "no output"}
    return dict(rates(recs[-1]), error=err)


def measure_adversarial(name: str, path: Path, timeout: float, normal_s_per_kb: float | None, mem_mb: float) -> dict:
    from adversarial import describe

    print(f"  adversarial: {name} ...", file=sys.stderr, flush=True)
    recs, err = run_worker("adversarial", "numfacts", path, timeout, mem_mb)
    out: dict = {"case": name, "description": describe(name), "error": err}
    sizes = [rates(r) for r in recs]
    if sizes:
        out["quarter"] = sizes[0]
        if normal_s_per_kb:
            out["quarter"]["ratio_to_news"] = sizes[0]["s_per_kb"] / normal_s_per_kb
    if len(sizes) > 1:
        full = sizes[1]
        out.update(full=full, s_per_kb=full["s_per_kb"], peak_rss_mb=full["peak_rss_mb"], rows=full["rows"])
        if normal_s_per_kb:
            out["ratio_to_news"] = full["s_per_kb"] / normal_s_per_kb
        # growth exponent from quarter to full size: 1 linear, 2 quadratic (only when measurable)
        q = sizes[0]["seconds"]
        if q > 0.02 and full["seconds"] > 0:
            out["growth_exponent"] = math.log(full["seconds"] / q) / math.log(full["bytes"] / sizes[0]["bytes"])
    out["status"] = ("ok" if not err else "timeout" if err == "timeout"
                     else "memory" if "MemoryError" in err else "error")
    return out


def cli_has_jobs() -> tuple[list[str] | None, str]:
    """The numfacts CLI command when `numfacts extract --help` lists --jobs, and why not otherwise."""
    exe = Path(sys.executable).parent / "numfacts"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "numfacts"]
    try:
        p = subprocess.run(cmd + ["extract", "--help"], capture_output=True, text=True, timeout=60, cwd=ROOT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"numfacts CLI not runnable: {exc}"
    if p.returncode != 0:
        return None, "no `numfacts extract` command yet"
    if "--jobs" not in p.stdout:
        return None, "`numfacts extract` has no --jobs option"
    return cmd, ""


#: Runs `numfacts` (argv after -c) and writes its own CPU time and its workers' (resource usage of
#: the process and of its waited children) as JSON to $NUMFACTS_BENCH_RUSAGE at exit.
RUSAGE_WRAPPER = """
import atexit, json, os, resource, sys
def _report():
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(os.environ["NUMFACTS_BENCH_RUSAGE"], "w") as fh:
        json.dump({"parent_cpu_seconds": s.ru_utime + s.ru_stime, "workers_cpu_seconds": c.ru_utime + c.ru_stime}, fh)
atexit.register(_report)
from numfacts.cli import main
sys.argv[0] = "numfacts"
main()
"""


def jobs_input(path: Path, docs: list[dict], megabytes: float) -> int:
    """A JSONL file of about `megabytes` MB of text for the --jobs runs: `docs` repeated with fresh ids
    (as bench/scale.py makes its inputs), so that start-up is a small part of the time; its text bytes."""
    total, n = 0, 0
    with open(path, "w", encoding="utf-8") as fh:
        while total < megabytes * 1e6:
            d = docs[n % len(docs)]
            fh.write(json.dumps({"id": f"{d['id']}-{n // len(docs)}", "date": d.get("date"), "text": d["text"]}) + "\n")
            total += nbytes(d["text"])
            n += 1
    return total


def measure_jobs(path: Path, size: int, tmp: Path, timeout: float, repeat: int = 2) -> list[dict]:
    """`numfacts extract --jobs 1` and `--jobs 2` on one JSONL input, interleaved `repeat` times, the
    fastest run of each kept; wall time of the whole command, and CPU time of the command itself
    (reading, writing, start-up) and of its workers."""
    runs: dict[int, list[dict]] = {1: [], 2: []}
    for _ in range(max(repeat, 1)):
        for jobs in (1, 2):
            print(f"  jobs: {jobs} ...", file=sys.stderr, flush=True)
            dest, usage = tmp / f"jobs{jobs}.jsonl", tmp / f"rusage{jobs}.json"
            usage.unlink(missing_ok=True)
            cmd = [sys.executable, "-c", RUSAGE_WRAPPER, "extract", str(path), "--jobs", str(jobs), "--format", "jsonl",
                   "-o", str(dest)]
            t0 = time.perf_counter()
            try:
                p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT, check=False,
                                   env=dict(os.environ, NUMFACTS_BENCH_RUSAGE=str(usage)))
                err = None if p.returncode == 0 else f"exit {p.returncode}: {p.stderr.strip()[-300:]}"
            except subprocess.TimeoutExpired:
                err = "timeout"
            wall = time.perf_counter() - t0
            digest = hashlib.sha256(dest.read_bytes()).hexdigest() if dest.exists() else None
            rows = dest.read_bytes().count(b"\n") if dest.exists() else None
            cpu = json.loads(usage.read_text()) if usage.exists() else {}
            runs[jobs].append({"jobs": jobs, "bytes": size, "seconds": wall, "mb_per_s": size / 1e6 / wall, "rows": rows,
                               "sha256": digest, "error": err, **cpu,
                               "load_average_before": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
                               "note": "wall time of the whole command, start-up included"})
    out = [dict(min(rs, key=lambda r: r["seconds"]), all_seconds=[r["seconds"] for r in rs]) for rs in runs.values()]
    out[-1]["same_output_as_1_job"] = len({r["sha256"] for rs in runs.values() for r in rs}) == 1
    if all(r["error"] is None for r in out):
        out[-1]["speedup_over_1_job"] = out[0]["seconds"] / out[-1]["seconds"]
    return out


def measure_startup(cmd: list[str], repeat: int = 7) -> dict:
    """Wall time of `numfacts extract` on a one-line input against `python -c pass` and `import numfacts`,
    interleaved in one run so that the machine's drift hits each alike; the fastest of `repeat` kept."""
    line = "Over 400,000 people fled on Sunday.\n"
    one_line = cmd + ["extract", "--reference-date", "2016-12-11", "-q"]
    runs = {
        "python -c pass": ([sys.executable, "-c", "pass"], None, None),
        "python -c 'import numfacts'": ([sys.executable, "-c", "import numfacts"], None, None),
        "numfacts extract (one line)": (one_line, line, None),
        # for comparison only: every module compiled from source on each run, numfacts' and its
        # dependencies' (an empty bytecode cache that is never written)
        "numfacts extract (one line, no bytecode cached)": (one_line, line, "nocache"),
    }
    times: dict[str, list[float]] = {k: [] for k in runs}
    with tempfile.TemporaryDirectory() as empty:
        nocache = {**os.environ, "PYTHONPYCACHEPREFIX": empty, "PYTHONDONTWRITEBYTECODE": "1"}
        for _ in range(repeat):
            for name, (argv, stdin, env) in runs.items():
                t0 = time.perf_counter()
                subprocess.run(argv, input=stdin, capture_output=True, text=True, cwd=ROOT, check=False,
                               env=nocache if env else None)
                times[name].append(time.perf_counter() - t0)
    out = {name: {"min_s": min(t), "median_s": sorted(t)[len(t) // 2]} for name, t in times.items()}
    base = out["python -c pass"]["min_s"]
    out["cli_over_python"] = out["numfacts extract (one line)"]["min_s"] - base
    return out


def measure_profile(path: Path) -> dict:
    """Each pipeline step's share of extract_document's time on `path`, from cProfile: the cumulative
    time of every function extract_document calls, as a share of extract_document's own."""
    import cProfile
    import pstats

    from numfacts.pipeline import extract_document

    with open(path, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    prof = cProfile.Profile()
    prof.enable()
    for d in docs:
        extract_document(d["text"], doc_id=str(d.get("id", "doc")), reference_date=d.get("date") or None)
    prof.disable()
    stats = pstats.Stats(prof).stats  # func -> (cc, nc, tt, ct, callers)
    top = next(f for f in stats if f[2] == "extract_document" and f[0].endswith("pipeline.py"))
    total = stats[top][3]
    steps: dict[str, float] = {}

    def add(parent: tuple) -> None:
        """The callees of `parent`, in seconds spent under it; a helper of pipeline.py itself (called
        by extract_document only) is opened up into its own callees."""
        for func, (*_, callers) in stats.items():
            if parent not in callers:
                continue
            seconds = callers[parent][3]
            if func[0].endswith("pipeline.py") and func[2].startswith("_") and seconds > 0.01 * total:
                add(func)
                continue
            module = Path(func[0]).stem if Path(func[0]).stem != "__init__" else Path(func[0]).parent.name
            steps[f"{module}.{func[2]}"] = steps.get(f"{module}.{func[2]}", 0.0) + seconds

    add(top)
    shares = {k: v / total for k, v in sorted(steps.items(), key=lambda kv: -kv[1]) if v / total >= 0.005}
    shares["(extract_document itself)"] = stats[top][2] / total
    return {"profiled_seconds": total, "note": "cProfile slows pure-Python code unevenly: shares, not speeds",
            "shares": shares}


def git_revision() -> str | None:
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT,
                             check=False).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True,
                               cwd=ROOT, check=False).stdout.strip()
        return rev + ("+dirty" if dirty else "") if rev else None
    except OSError:
        return None


def version(module: str) -> str | None:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as v

    try:
        return v(module)
    except PackageNotFoundError:
        return None


def machine() -> dict:
    cpu = None
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), None)
    except OSError:
        pass
    return {
        "python": platform.python_version(), "implementation": platform.python_implementation(),
        "platform": platform.platform(), "cpu": cpu, "cpu_count": os.cpu_count(),
        "load_average_at_start": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        "run_at_utc": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),  # metadata only
        "git": git_revision(),
        "versions": {m: version(m) for m in ("numfacts", "quantulum3", "dateparser", "pandas")},
    }


# ---------------------------------------------------------------- report


def fmt(x: float | None, spec: str = ".3g") -> str:
    return "-" if x is None else format(x, spec)


def print_report(res: dict) -> None:
    print(f"\nnumfacts bench  ({res['machine']['run_at_utc']}, python {res['machine']['python']}, "
          f"{res['machine']['cpu_count']} cpu, load {fmt((res['machine']['load_average_at_start'] or [None])[0])})")
    print(f"sample: {res['sample']['docs']} docs, {res['sample']['bytes'] / 1e6:.2f} MB; "
          f"peer slice: {res['peer_slice']['docs']} docs, {res['peer_slice']['bytes'] / 1e3:.0f} KB")
    print(f"\n{'engine':<24}{'text':>8}{'MB/s':>9}{'cpu MB/s':>10}{'rows/s':>9}{'rows':>7}{'peak MB':>9}{'setup s':>9}  note")
    for key, r in res["throughput"].items():
        if "seconds" not in r:
            print(f"{key:<24}{'':>8}{'':>9}{'':>10}{'':>9}{'':>7}{'':>9}{'':>9}  {r.get('error')}")
            continue
        print(f"{key:<24}{r['bytes'] / 1e3:>6.0f}KB{r['mb_per_s']:>9.3f}{r['cpu_mb_per_s']:>10.3f}{r['rows_per_s']:>9.0f}{r['rows']:>7}"
              f"{r['peak_rss_mb']:>9.0f}{r['setup_seconds']:>9.2f}  {r.get('error') or ''}")
    for name, x in res.get("speedup", {}).items():
        cpu = res.get("speedup_cpu", {}).get(name)
        print(f"speed-up {name}: {fmt(x)}x" + (f" (CPU time: {fmt(cpu)}x)" if cpu else ""))
    adv = res.get("adversarial")
    if adv:
        print(f"\nadversarial ({adv['kb']} KB each; news text {fmt(adv['news_s_per_kb'] * 1e3 if adv['news_s_per_kb'] else None)} "
              f"CPU ms/KB; target ratio <= {adv['target_ratio']}; growth: time exponent from {adv['kb'] / 4:g} KB to {adv['kb']:g} KB)")
        print(f"{'case':<14}{'CPU ms/KB':>10}{'ratio':>9}{'growth':>8}{'rows':>8}{'peak MB':>9}  status")
        for c in adv["cases"]:
            row, note = c, ""
            if c.get("s_per_kb") is None and c.get("quarter"):  # failed at full size: show the quarter size
                row, note = c["quarter"], f" at {adv['kb']:g} KB; figures at {c['quarter']['bytes'] / 1e3:.0f} KB"
            ms = row["s_per_kb"] * 1e3 if row.get("s_per_kb") is not None else None
            flag = "" if c["status"] == "ok" and (c.get("ratio_to_news") or 0) <= adv["target_ratio"] else "  OVER TARGET"
            print(f"{c['case']:<14}{fmt(ms):>10}{fmt(row.get('ratio_to_news')):>9}{fmt(c.get('growth_exponent'), '.2f'):>8}"
                  f"{row.get('rows', '-')!s:>8}{fmt(row.get('peak_rss_mb'), '.0f'):>9}  {c['status']}{note}{flag}"
                  + (f"  [{c['error'].splitlines()[-1]}]" if c["status"] in ("error", "memory") else ""))
    jobs = res.get("jobs")
    if jobs is not None:
        print()
        if jobs.get("skipped"):
            print(f"--jobs scaling: skipped ({jobs['skipped']})")
        else:
            for r in jobs["runs"]:
                extra = "".join(f", {k.replace('_', ' ')}: {fmt(r[k]) if isinstance(r[k], float) else r[k]}"
                                for k in ("speedup_over_1_job", "same_output_as_1_job") if k in r)
                cpu = (f"; CPU s: command {r['parent_cpu_seconds']:.2f}, workers {r['workers_cpu_seconds']:.2f}"
                       if "parent_cpu_seconds" in r else "")
                print(f"numfacts extract --jobs {r['jobs']}: {r['bytes'] / 1e6:.2f} MB in {r['seconds']:.2f} s, "
                      f"{r['mb_per_s']:.3f} MB/s, {r['rows']} rows{extra}{cpu} {r.get('error') or ''}")
    st = res.get("startup")
    if st and not st.get("skipped"):
        print("\nstart-up (wall, fastest of 7, interleaved): " + ", ".join(
            f"{k} {v['min_s']:.3f} s" for k, v in st.items() if isinstance(v, dict))
            + f"; numfacts over python: {st['cli_over_python']:.3f} s")
    prof = res.get("profile")
    if prof:
        print("\npipeline step shares (cProfile, peer slice): " + ", ".join(
            f"{k} {v:.0%}" for k, v in prof["shares"].items()))


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=2.0, help="numfacts sample size in MB (default 2)")
    ap.add_argument("--peer-kb", type=float, default=400.0, help="peer slice in KB (default 400: large enough to average out heavy articles)")
    ap.add_argument("--adv-kb", type=float, default=200.0, help="size of each adversarial input (default 200)")
    ap.add_argument("--jobs-kb", type=float, help="text for the --jobs measurement: a prefix of the sample")
    ap.add_argument("--jobs-mb", type=float, default=20,
                    help="without --jobs-kb: the sample repeated (fresh ids) to this many MB for --jobs (default 20)")
    ap.add_argument("--long-kb", type=float, default=8000.0,
                    help="size of the long single-line document, its growth measured from a quarter of it; "
                         "0 to skip (default 8000)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per adversarial case (default 120)")
    ap.add_argument("--target-ratio", type=float, default=5.0, help="adversarial s/KB over news s/KB (default 5)")
    ap.add_argument("--seed", type=int, default=0, help="sample shuffle seed (default 0)")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the text per engine, fastest kept (default 3)")
    ap.add_argument("--mem-limit-mb", type=float, default=4096,
                    help="address-space cap of each adversarial worker, 0 for none (default 4096)")
    ap.add_argument("--only", help=f"comma list of sections: {','.join(SECTIONS)}")
    ap.add_argument("--out", default=str(ROOT / "figures" / "bench.json"))
    ap.add_argument("--worker", choices=("corpus", "adversarial"), help=argparse.SUPPRESS)
    ap.add_argument("--engine", choices=ENGINES, help=argparse.SUPPRESS)
    ap.add_argument("--input", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)

    if a.worker:
        limit_memory(a.mem_limit_mb)
    if a.worker == "corpus":
        work_corpus(a.engine, a.input, a.repeat)
        return 0
    if a.worker == "adversarial":
        work_adversarial(a.engine, a.input)
        return 0

    sections = set(a.only.split(",")) if a.only else set(SECTIONS)
    unknown = sections - set(SECTIONS)
    if unknown:
        ap.error(f"unknown section(s) {', '.join(sorted(unknown))}; choose from {', '.join(SECTIONS)}")
    docs = load_corpus()
    main_docs = sample(docs, int(a.mb * 1e6), a.seed)
    peer_docs = prefix(main_docs, int(a.peer_kb * 1e3))
    res: dict = {
        "machine": machine(),
        "settings": {k: getattr(a, k) for k in ("mb", "peer_kb", "adv_kb", "long_kb", "jobs_kb", "jobs_mb", "timeout", "target_ratio", "seed", "repeat",
                                                "mem_limit_mb")},
        "units": ("MB = 1e6 UTF-8 bytes of text, KB = 1e3; MB/s and seconds are wall time (time.perf_counter) in one "
                  "process; s_per_kb and ratio_to_news are CPU time (time.process_time) of that process"),
        "sample": {"docs": len(main_docs), "bytes": sum(nbytes(d["text"]) for d in main_docs)},
        "peer_slice": {"docs": len(peer_docs), "bytes": sum(nbytes(d["text"]) for d in peer_docs)},
        "throughput": {},
    }
    long_timeout = max(a.timeout, 1800.0)
    tmp = Path(tempfile.mkdtemp(prefix="numfacts-bench-"))
    try:
        main_path, peer_path = tmp / "sample.jsonl", tmp / "peer.jsonl"
        write_jsonl(main_path, main_docs)
        write_jsonl(peer_path, peer_docs)
        print("measuring (each in its own process):", file=sys.stderr)
        if "numfacts" in sections:
            res["throughput"]["numfacts"] = measure_corpus("numfacts", main_path, long_timeout, "sample", a.repeat)
        if "peers" in sections:
            for engine in ENGINES:
                res["throughput"][f"{engine} (peer slice)"] = measure_corpus(engine, peer_path, long_timeout, "peer slice",
                                                                              a.repeat)
            tp = res["throughput"]
            nf = tp.get("numfacts (peer slice)", {}).get("mb_per_s")
            loop = tp.get("numfacts-loop (peer slice)", {}).get("mb_per_s")
            res["speedup"] = {
                f"{ours}/{peer}": mine / tp[f"{peer} (peer slice)"]["mb_per_s"]
                for ours, mine in (("numfacts", nf), ("numfacts-loop", loop))
                for peer in ("quantulum3", "dateparser")
                if mine and tp.get(f"{peer} (peer slice)", {}).get("mb_per_s")
            }
            # the same ratios in CPU time of each process: steadier than wall time when other work
            # shares the machine (a peer measured while the load rises looks slower in wall time)
            res["speedup_cpu"] = {
                f"{ours}/{peer}": tp[f"{ours} (peer slice)"]["cpu_mb_per_s"] / tp[f"{peer} (peer slice)"]["cpu_mb_per_s"]
                for ours in ("numfacts", "numfacts-loop") for peer in ("quantulum3", "dateparser")
                if tp.get(f"{ours} (peer slice)", {}).get("cpu_mb_per_s") and tp.get(f"{peer} (peer slice)", {}).get("cpu_mb_per_s")
            }
        if "adversarial" in sections:
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            from adversarial import build

            news = res["throughput"].get("numfacts") or res["throughput"].get("numfacts (peer slice)")
            if not news or not news.get("s_per_kb"):
                news = measure_corpus("numfacts", peer_path, long_timeout, "news baseline")
            normal = news.get("s_per_kb")
            cases = []
            texts = build(a.adv_kb, (d["text"] for d in main_docs))
            if a.long_kb:  # a document megabytes long: a step that rescans the text per match goes quadratic
                from adversarial import single_line

                texts["long_line"] = single_line(itertools.cycle(d["text"] for d in main_docs), int(a.long_kb * 1e3))
            for name, text in texts.items():
                path = tmp / f"{name}.txt"
                path.write_text(text, encoding="utf-8")
                cases.append(measure_adversarial(name, path, a.timeout, normal, a.mem_limit_mb))
            res["adversarial"] = {"kb": a.adv_kb, "news_s_per_kb": normal, "target_ratio": a.target_ratio,
                                  "timeout_s": a.timeout, "cases": cases,
                                  "over_target": [c["case"] for c in cases
                                                  if c["status"] != "ok" or (c.get("ratio_to_news") or 0) > a.target_ratio]}
        if "jobs" in sections:
            cmd, why = cli_has_jobs()
            if cmd is None:
                res["jobs"] = {"skipped": why}
            else:
                jobs_path = tmp / "jobs.jsonl"
                if a.jobs_kb:
                    jobs_docs = prefix(main_docs, int(a.jobs_kb * 1e3))
                    write_jsonl(jobs_path, jobs_docs)
                    jobs_size = sum(nbytes(d["text"]) for d in jobs_docs)
                else:
                    jobs_size = jobs_input(jobs_path, main_docs, a.jobs_mb)
                res["jobs"] = {"runs": measure_jobs(jobs_path, jobs_size, tmp, long_timeout, repeat=min(a.repeat, 2))}
        if "startup" in sections:
            cmd, why = cli_has_jobs()
            print("  startup ...", file=sys.stderr, flush=True)
            res["startup"] = {"skipped": why} if cmd is None else measure_startup(cmd)
        if "profile" in sections:
            print("  profile ...", file=sys.stderr, flush=True)
            res["profile"] = measure_profile(peer_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print_report(res)
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
