"""Corpus scale: `numfacts extract` with --jobs 1 and --jobs N, and peak memory as the input grows.

    .venv/bin/python bench/scale.py                      # 20 MB for jobs, 10 MB vs 100 MB for memory
    .venv/bin/python bench/scale.py --sizes 10 100 1000  # add a 1 GB run (slow: minutes per core)
    .venv/bin/python bench/scale.py --quick              # 2 MB, 5 MB vs 20 MB: a smoke run

Inputs are made in a temporary folder from data/corpus/wikinews.jsonl, its lines repeated (with
fresh ids) until the file reaches the size asked for. Every run is the real CLI in a subprocess
writing CSV to /dev/null. Memory is the peak, sampled every 50 ms from /proc, of the CLI's resident
size plus its workers' private memory (pages a forked worker shares with the CLI counted once);
the largest single process's peak RSS (from wait4) is recorded beside it, and stands in where
/proc is missing.

Writes figures/scale.json and prints a summary. Targets (issue #4): --jobs 2 at least 1.7 times
--jobs 1 on a 2-core machine; peak memory under 1 GB on a 1 GB input, and growing by less than 30%
from 10 MB to 100 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import pathlib
import platform
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus" / "wikinews.jsonl"
NUMFACTS = pathlib.Path(sys.executable).parent / "numfacts"
MB = 1_000_000


def make_input(folder: pathlib.Path, megabytes: float) -> pathlib.Path:
    """A JSONL corpus of about `megabytes` MB: the corpus's lines, repeated with fresh ids."""
    path = folder / f"corpus-{megabytes:g}MB.jsonl"
    if path.exists():
        return path
    lines = CORPUS.read_bytes().splitlines()
    target = int(megabytes * MB)
    written, n = 0, 0
    with open(path, "wb") as out:
        while written < target:
            for line in lines:
                row = json.loads(line)
                row["id"] = f"{row['id']}-{n // len(lines)}"
                data = (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8")
                out.write(data)
                written += len(data)
                n += 1
                if written >= target:
                    break
    return path


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(p) for p in fh.read().split()]
    except OSError:
        return []


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(_children(p))
    return out


def _memory_kb(pid: int) -> tuple[int, int]:
    """(resident, private) memory of a process in KiB, from /proc; (0, 0) once it is gone."""
    values = {"Rss:": 0, "Private_Clean:": 0, "Private_Dirty:": 0}
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                key = line.split(maxsplit=1)[0]
                if key in values:
                    values[key] = int(line.split()[1])
    except OSError:
        try:  # no smaps_rollup (old kernel): resident size for both
            with open(f"/proc/{pid}/status") as fh:
                rss = next((int(line.split()[1]) for line in fh if line.startswith("VmRSS:")), 0)
            return rss, rss
        except OSError:
            return 0, 0
    return values["Rss:"], values["Private_Clean:"] + values["Private_Dirty:"]


def _run_kb(root: int) -> int:
    """Memory of a run: the CLI's resident size plus what each worker holds privately (pages a
    forked worker shares with the CLI counted once; libraries shared with unrelated processes
    counted in full, unlike PSS)."""
    total = _memory_kb(root)[0]
    for pid in _tree(root)[1:]:
        total += _memory_kb(pid)[1]
    return total


def run_cli(path: pathlib.Path, jobs: int, output: pathlib.Path | None = None) -> dict[str, object]:
    """One `numfacts extract` run: seconds, CPU seconds, peak memory, rows (and the output's
    SHA-256 when it is written to `output`, else it goes to /dev/null)."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    command = [str(NUMFACTS), "extract", str(path), "--jobs", str(jobs)]
    if output is not None:
        command += ["-o", str(output)]
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_kb, samples = 0, 0
    has_proc = os.path.exists(f"/proc/{proc.pid}")
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)  # usage: this run's process and its workers
        if pid:
            break
        if has_proc:
            peak_kb = max(peak_kb, _run_kb(proc.pid))
            samples += 1
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"numfacts failed ({proc.returncode}): {stderr}")
    summary = stderr.strip().splitlines()[-1]
    rows = int(summary.rsplit("; ", 1)[-1].split()[0])
    size = path.stat().st_size
    digest = hashlib.sha256(output.read_bytes()).hexdigest() if output is not None else None
    return {
        "input_mb": round(size / MB, 2), "jobs": jobs, "seconds": round(seconds, 2),
        "mb_per_s": round(size / MB / seconds, 3),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_mb": round(peak_kb * 1024 / MB, 1) if samples else None,  # the CLI and its workers
        "peak_rss_largest_process_mb": round(usage.ru_maxrss * 1024 / MB, 1),  # Linux: KiB
        "rows": rows, "sha256": digest, "load_average_before": load, "summary": summary,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs-mb", type=float, default=20, help="input size for the jobs comparison (MB): large enough that start-up (about 0.5 s) does not dominate")
    parser.add_argument("--jobs", type=int, default=2, help="N in --jobs 1 against --jobs N")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each, alternating; the fastest counts")
    parser.add_argument("--sizes", type=float, nargs="+", default=[10, 100], help="input sizes for memory (MB)")
    parser.add_argument("--memory-jobs", type=int, default=None, help="--jobs for the memory runs (default: all)")
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--out", type=pathlib.Path, default=ROOT / "figures" / "scale.json")
    args = parser.parse_args()
    if args.quick:
        args.jobs_mb, args.sizes, args.repeat = 2, [5, 20], 1
    memory_jobs = args.memory_jobs or os.cpu_count() or 1

    with tempfile.TemporaryDirectory(prefix="numfacts-scale-") as tmp:
        folder = pathlib.Path(tmp)
        sample = make_input(folder, args.jobs_mb)
        runs: dict[int, list[dict[str, object]]] = {1: [], args.jobs: []}
        for _ in range(args.repeat):
            for jobs in (1, args.jobs):
                run = run_cli(sample, jobs, folder / "out.csv")
                runs[jobs].append(run)
                print(f"jobs {jobs}: {run['seconds']} s, {run['mb_per_s']} MB/s, {run['rows']} rows, "
                      f"peak {run['peak_mb']} MB", flush=True)
        best = {j: min(rs, key=lambda r: float(r["seconds"])) for j, rs in runs.items()}  # type: ignore[arg-type]
        ratio = float(best[1]["seconds"]) / float(best[args.jobs]["seconds"])  # type: ignore[arg-type]
        cpu = {j: min(float(r["cpu_seconds"]) for r in rs) for j, rs in runs.items()}  # type: ignore[arg-type]
        identical = len({r["sha256"] for rs in runs.values() for r in rs}) == 1
        print(f"--jobs {args.jobs} / --jobs 1: {ratio:.2f}x (target >= 1.7x on 2 cores); CPU seconds "
              f"{cpu[1]:.2f} -> {cpu[args.jobs]:.2f} (the cost of the extra processes); "
              f"output {'identical' if identical else 'DIFFERENT'} across runs")

        memory = []
        for size in args.sizes:
            run = run_cli(make_input(folder, size), memory_jobs)
            memory.append(run)
            print(f"{size:g} MB, jobs {memory_jobs}: {run['seconds']} s, {run['mb_per_s']} MB/s, "
                  f"{run['rows']} rows, peak {run['peak_mb']} MB (largest process "
                  f"{run['peak_rss_largest_process_mb']} MB)", flush=True)
        key = "peak_mb" if all(m["peak_mb"] for m in memory) else "peak_rss_largest_process_mb"
        growth = float(memory[-1][key]) / float(memory[0][key]) - 1  # type: ignore[arg-type]
        print(f"memory growth {args.sizes[0]:g} MB -> {args.sizes[-1]:g} MB: {growth:+.1%} (target < +30%)")

    result = {
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "system": platform.system(),
                    "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None},
        "jobs": {"input_mb": args.jobs_mb, "n": args.jobs, "runs": runs, "speedup": round(ratio, 2),
                 "target": 1.7, "cpu_seconds": cpu, "identical_output": identical},
        "memory": {"jobs": memory_jobs, "measure": key, "runs": memory, "growth": round(growth, 3),
                   "target_growth": 0.30},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")


if __name__ == "__main__":
    main()
