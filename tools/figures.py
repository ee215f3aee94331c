"""`make figures`: draw figures/*.png from figures/bench.json (`make bench`) and figures/eval.json
(`make eval`). A figure whose input is missing is skipped with a note.

* throughput.png  — MB/s of numfacts, quantulum3 and dateparser (log axis), same text for the peers;
* adversarial.png — ms per KB of each adversarial input beside news text and the 5x target;
* accuracy.png    — detection F1 and strict recall per kind, dev vs test gold.

Usage: figures.py [--dir figures]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("count", "percent", "money", "measure", "ratio", "ordinal", "date", "time", "duration", "set")
COLORS = {"numfacts": "#1f77b4", "quantulum3": "#ff7f0e", "dateparser": "#2ca02c", "dev": "#4c72b0", "test": "#dd8452"}


def load(path: Path) -> dict | None:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def label_bars(ax, bars, texts: list[str]) -> None:
    for bar, text in zip(bars, texts):
        ax.annotate(text, (bar.get_x() + bar.get_width() / 2, bar.get_height()), ha="center", va="bottom",
                    fontsize=8, xytext=(0, 2), textcoords="offset points")


def throughput(bench: dict, out: Path) -> str:
    rows = [(key, r) for key, r in bench["throughput"].items() if r.get("mb_per_s")]
    if not rows:
        return "no throughput figures in bench.json"
    fig, ax = plt.subplots(figsize=(7, 4))
    names = [k.replace(" (peer slice)", "\n(peer slice)") for k, _ in rows]
    vals = [r["mb_per_s"] for _, r in rows]
    colors = [COLORS.get(k.split()[0], "grey") for k, _ in rows]
    bars = ax.bar(names, vals, color=colors)
    label_bars(ax, bars, [f"{v:.3g} MB/s\n{r['peak_rss_mb']:.0f} MB peak" for v, (_, r) in zip(vals, rows)])
    ax.set_yscale("log")
    ax.set_ylim(min(vals) / 3, max(vals) * 8)
    ax.set_ylabel("MB of text per second (log)")
    m = bench["machine"]
    ax.set_title(f"Throughput, one core: {bench['sample']['bytes'] / 1e6:.1f} MB of Wikinews; "
                 f"peers on the same {bench['peer_slice']['bytes'] / 1e3:.0f} KB", fontsize=10)
    fig.text(0.99, 0.01, f"python {m['python']}, {m['cpu_count']} cpu, numfacts {m['versions'].get('numfacts')}",
             ha="right", fontsize=7, color="grey")
    fig.tight_layout()
    fig.savefig(out, dpi=120)
    plt.close(fig)
    return f"wrote {out.name}"


def adversarial(bench: dict, out: Path) -> str:
    adv = bench.get("adversarial")
    if not adv:
        return "no adversarial figures in bench.json"
    news = adv["news_s_per_kb"] * 1e3 if adv.get("news_s_per_kb") else None
    cases = adv["cases"]
    fig, ax = plt.subplots(figsize=(7.5, 0.35 * len(cases) + 2.2))
    names = [c["case"] for c in cases]
    top = max([c["s_per_kb"] * 1e3 for c in cases if c.get("s_per_kb")] + [news or 1e-3])
    vals, colors, hatches, notes = [], [], [], []
    for c in cases:
        if c.get("s_per_kb") is not None:
            v = c["s_per_kb"] * 1e3
            over = news is not None and v > adv["target_ratio"] * news
            vals.append(v)
            colors.append("#d62728" if over else "#1f77b4")
            hatches.append("")
            r = c.get("ratio_to_news")
            notes.append("" if r is None else f"{r:.2g}x news" if r < 10 else f"{r:,.0f}x news")
        else:  # timeout (dark red) or error (grey): drawn past the slowest case, hatched and labelled
            vals.append(top * 2)
            colors.append("#8b0000" if c["status"] == "timeout" else "#aaaaaa")
            hatches.append("//")
            note = {"timeout": f"timeout ({adv.get('timeout_s', 0):g} s)",
                    "memory": f"out of memory ({bench['settings'].get('mem_limit_mb', 0):g} MB cap)"}.get(
                        c["status"], "error (see bench.json)")
            q = c.get("quarter")
            if q and q.get("s_per_kb") is not None:  # the quarter-size run finished: say how slow it was
                note += f"\nat {q['bytes'] / 1e3:.0f} KB: {q['s_per_kb'] * 1e3:.3g} ms/KB"
            notes.append(note)
    bars = ax.barh(names, vals, color=colors)
    for bar, hatch in zip(bars, hatches):
        bar.set_hatch(hatch)
    for bar, note in zip(bars, notes):
        ax.annotate(note, (bar.get_width(), bar.get_y() + bar.get_height() / 2), va="center", fontsize=7.5,
                    xytext=(3, 0), textcoords="offset points")
    if news:
        ax.axvline(news, color="black", lw=1, label=f"news text {news:.3g} CPU ms/KB")
        ax.axvline(news * adv["target_ratio"], color="black", lw=1, ls="--", label=f"target: {adv['target_ratio']:g}x news")
        ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2, frameon=False)
    ax.set_xscale("log")
    ax.set_xlim(right=top * (60 if any(c.get("s_per_kb") is None for c in cases) else 8))
    ax.invert_yaxis()
    ax.set_xlabel("CPU milliseconds per KB (log)")
    ax.set_title(f"numfacts on adversarial inputs, {adv['kb']:g} KB each (red: over target)", fontsize=10)
    fig.tight_layout()
    fig.savefig(out, dpi=120)
    plt.close(fig)
    return f"wrote {out.name}"


def split_of(name: str) -> str | None:
    stem = name.removesuffix(".jsonl")
    return next((s for s in ("dev", "test") if stem.endswith("-" + s)), None)


def accuracy(ev: dict, out: Path) -> str:
    """F1 and strict recall per kind, dev vs test, from the quantities and temporal gold files."""
    data: dict[str, dict[str, dict]] = {"dev": {}, "test": {}}
    facts = {"dev": 0, "test": 0}
    for e in ev["files"]:
        split = split_of(e["file"])
        if split and e["scope"] in ("quantities", "temporal"):
            data[split].update(e["per_kind"])
            facts[split] += e["overall"]["facts"]
    kinds = [k for k in KINDS if k in data["dev"] or k in data["test"]]
    if not kinds:
        return "no dev/test gold scored in eval.json"
    fig, axes = plt.subplots(2, 1, figsize=(max(6, 0.8 * len(kinds) + 2), 6), sharex=True)
    width = 0.38
    for ax, metric, title in ((axes[0], "f1", "detection F1 (overlapping span)"),
                              (axes[1], "strict_recall", "strict recall (every field right)")):
        for j, split in enumerate(("dev", "test")):
            xs = [i + (j - 0.5) * width for i in range(len(kinds))]
            vals = [data[split][k][metric] if k in data[split] else 0 for k in kinds]
            bars = ax.bar(xs, vals, width, color=COLORS[split],
                          label=f"{split} ({facts[split]} facts)")
            label_bars(ax, bars, [f"{v:.2f}" if k in data[split] else "n/a" for v, k in zip(vals, kinds)])
        ax.set_ylim(0, 1.12)
        ax.set_ylabel(title, fontsize=9)
        ax.grid(axis="y", alpha=0.3)
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, fontsize=8, loc="upper right", ncol=2, frameon=False)
    axes[1].set_xticks(range(len(kinds)))
    axes[1].set_xticklabels([f"{k}\n({data['dev'].get(k, {}).get('facts', 0)}/{data['test'].get(k, {}).get('facts', 0)})"
                             for k in kinds], fontsize=8)
    axes[1].set_xlabel("kind (gold facts dev/test)", fontsize=9)
    fig.suptitle(f"numfacts accuracy per kind on the gold files (numfacts {ev['meta']['numfacts']})", fontsize=10,
                 x=0.02, ha="left")
    fig.tight_layout(rect=(0, 0, 1, 0.95))
    fig.savefig(out, dpi=120)
    plt.close(fig)
    return f"wrote {out.name}"


def scaling(scale: dict, out: Path) -> str:
    """--jobs scaling (MB/s per job count, best run each) and peak memory as the input grows."""
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 3.6))
    runs = scale.get("jobs", {}).get("runs", {})
    jobs = sorted(runs, key=int)
    best = [max(r["mb_per_s"] for r in runs[j]) for j in jobs]
    bars = ax1.bar([f"--jobs {j}" for j in jobs], best, color="#4c78a8")
    label_bars(ax1, bars, [f"{b:.2f} MB/s" for b in best])
    ax1.set_ylabel("MB/s (wall clock)")
    ax1.set_title(f"Scaling on {scale.get('machine', {}).get('cores', '?')} cores, "
                  f"{scale.get('jobs', {}).get('input_mb', '?')} MB of Wikinews", fontsize=10)
    mem = scale.get("memory", {}).get("runs", [])
    if mem:
        sizes = [r["input_mb"] for r in mem]
        peaks = [r["peak_mb"] for r in mem]
        bars = ax2.bar([f"{x:g} MB" for x in sizes], peaks, color="#f58518")
        label_bars(ax2, bars, [f"{p:.0f} MB" for p in peaks])
        ax2.set_ylabel("peak memory (MB)")
        ax2.set_title("Peak memory as the input grows", fontsize=10)
    fig.tight_layout()
    fig.savefig(out, dpi=120)
    plt.close(fig)
    return f"wrote {out.name}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", default=str(ROOT / "figures"))
    a = ap.parse_args(argv)
    d = Path(a.dir)
    bench, ev = load(d / "bench.json"), load(d / "eval.json")
    if bench is None:
        print("skipped throughput.png and adversarial.png: no bench.json (run `make bench`)")
    else:
        print(throughput(bench, d / "throughput.png"))
        print(adversarial(bench, d / "adversarial.png"))
    scale = load(d / "scale.json")
    if scale is None:
        print("skipped scaling.png: no scale.json (run `make bench`)")
    else:
        print(scaling(scale, d / "scaling.png"))
    if ev is None:
        print("skipped accuracy.png: no eval.json (run `make eval`)")
    else:
        print(accuracy(ev, d / "accuracy.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
