"""Measure the authoring assistant against the annotated development set.

    python scripts/eval_suggest.py [--verbose] [--subset dev|heldout]

The reports in tests/devset/dev and tests/devset/heldout are annotated with the project's
span markup. A suggestion matches an annotated span when they overlap and share the label;
each annotated span and each suggestion is matched at most once (a maximum matching), so
precision = matched suggestions / suggestions and recall = matched spans / spans.
tests/devset/pairs.yaml lists figure pairs across reports of one event with the expected
verdict; a pair is judged right when ``find_conflicts`` pairs the two figures (overlapping the
annotated spans) with that verdict.

Subsets: the rules were tuned on "dev". "heldout" was written with "dev" and not tuned on, but
its error list was looked at once midway. "fresh", "fresh2" and "fresh3" were each written
after a freeze of the rules and measured once before their errors were looked at; see
docs/suggest.md for those first measurements, the honest estimate for unseen reports.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizapp.core.markup import parse_article  # noqa: E402
from quizapp.core.suggest import Report, analyse, find_conflicts, parse_published  # noqa: E402
from quizapp.core.suggest.model import Suggestion  # noqa: E402

DEVSET = ROOT / "tests" / "devset"
SUBSETS = ("dev", "heldout", "fresh", "fresh2", "fresh3")
LABELS = ("figure", "speculation", "unconfirmed")


@dataclass
class Tally:
    """Suggestions against annotated spans of one label; ``matched`` pairs one with one."""

    misses: list[str] = field(default_factory=list)
    strays: list[str] = field(default_factory=list)
    suggested: int = 0
    annotated: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.suggested if self.suggested else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.annotated if self.annotated else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _maximum_matching(edges: dict[int, list[int]]) -> int:
    """Size of a maximum bipartite matching (suggestion -> annotated spans it overlaps)."""
    owner: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges.get(left, []):
            if right in seen:
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    return sum(augment(left, set()) for left in edges)


def _load(path: Path) -> tuple[str, list[tuple[int, int, str, str]]]:
    parsed = parse_article(path.read_text(encoding="utf-8"))
    spans = [
        (span.start, span.end, label, span.attributes.get("quantity", ""))
        for span in parsed.spans
        for label in span.labels
    ]
    return parsed.text, spans


def evaluate_spans(files: list[Path]) -> dict[str, Tally]:
    tallies = {label: Tally() for label in LABELS}
    for path in files:
        text, spans = _load(path)
        tally_spans(tallies, path.stem, text, spans, analyse(text))
    return tallies


def tally_spans(
    tallies: dict[str, Tally],
    name: str,
    text: str,
    spans: Sequence[tuple[int, int, str, Any]],
    suggestions: Sequence[Suggestion],
) -> None:
    """Add one report to ``tallies``: its annotated ``spans`` (start, end, label, ...) against
    the assistant's ``suggestions``, matched one with one where they overlap."""
    for label in LABELS:
        tally = tallies[label]
        gold = [(s, e) for s, e, lab, *_ in spans if lab == label]
        mine = [(s.start, s.end) for s in suggestions if s.label == label]
        edges = {
            i: [j for j, (gs, ge) in enumerate(gold) if ms < ge and gs < me]
            for i, (ms, me) in enumerate(mine)
        }
        tally.suggested += len(mine)
        tally.annotated += len(gold)
        tally.matched += _maximum_matching(edges)
        for gs, ge in gold:
            if not any(ms < ge and gs < me for ms, me in mine):
                tally.misses.append(f"{name}: {text[gs:ge]!r}")
        for ms, me in mine:
            if not any(ms < ge and gs < me for gs, ge in gold):
                tally.strays.append(f"{name}: {text[ms:me]!r}")


@dataclass
class PairTally:
    expected: int = 0
    right: int = 0
    wrong: list[str] = field(default_factory=list)
    unexpected: int = 0


def _find_span(
    text: str, spans: list[tuple[int, int, str, str]], wanted: str, nth: int
) -> tuple[int, int]:
    found = [(s, e) for s, e, label, _ in spans if label == "figure" and text[s:e] == wanted]
    if len(found) < nth:
        raise SystemExit(f"pairs.yaml: no figure span {wanted!r} (#{nth}) in the report")
    return found[nth - 1]


def evaluate_pairs(subset: str) -> PairTally:
    tally = PairTally()
    groups = yaml.safe_load((DEVSET / "pairs.yaml").read_text(encoding="utf-8"))["groups"]
    for group in groups:
        if group["subset"] != subset:
            continue
        loaded = {}
        reports = []
        for relative in group["reports"]:
            path = DEVSET / relative
            text, spans = _load(path)
            loaded[path.stem] = (text, spans)
            reports.append(Report(path.stem, text, parse_published(text)))
        conflicts = find_conflicts(reports)
        used: set[int] = set()
        for pair in group["pairs"]:
            tally.expected += 1
            ends = []
            for side in (pair["a"], pair["b"]):
                stem, wanted = side[0], str(side[1])
                nth = int(side[2]) if len(side) > 2 else 1
                text, spans = loaded[stem]
                ends.append((stem, _find_span(text, spans, wanted, nth)))
            verdict = None
            for index, conflict in enumerate(conflicts):
                sides = [(conflict.a_path, conflict.a), (conflict.b_path, conflict.b)]
                for first, second in (sides, sides[::-1]):
                    if all(
                        path == stem and figure.start < end and start < figure.end
                        for (path, figure), (stem, (start, end)) in zip(
                            (first, second), ends, strict=True
                        )
                    ):
                        verdict = conflict.verdict
                        used.add(index)
            if verdict == "update":  # the key predates updates: a rise is a kind of conflict
                verdict = "conflict"
            label = f"{pair['a'][1]!r} vs {pair['b'][1]!r}: expected {pair['verdict']}"
            if verdict == pair["verdict"]:
                tally.right += 1
            else:
                tally.wrong.append(f"{label}, got {verdict or 'no pair'}")
        tally.unexpected += len(conflicts) - len(used)
    return tally


def _goal(ok: bool) -> str:
    return "met" if ok else "NOT met"


def report(subset: str | list[str], verbose: bool) -> bool:
    """Print one table; a list of subsets is pooled (every report counted once)."""
    subsets = [subset] if isinstance(subset, str) else subset
    files = sorted(path for name in subsets for path in (DEVSET / name).glob("*.md"))
    tallies = evaluate_spans(files)
    pairs = PairTally()
    for name in subsets:
        part = evaluate_pairs(name)
        pairs.expected += part.expected
        pairs.right += part.right
        pairs.unexpected += part.unexpected
        pairs.wrong += part.wrong
    title = subset if isinstance(subset, str) else "all subsets pooled"
    print(f"== {title}: {len(files)} reports ==")
    print(f"{'label':<12} {'spans':>5} {'sugg':>5} {'prec':>6} {'recall':>6} {'F1':>6}  goal")
    spec, unconf, fig = tallies["speculation"], tallies["unconfirmed"], tallies["figure"]
    goals = {
        "speculation": (spec.recall >= 0.85 and spec.precision >= 0.6, "recall>=0.85 @ prec>=0.6"),
        "unconfirmed": (unconf.f1 >= 0.8, "F1>=0.8"),
        "figure": (fig.recall >= 0.95 and fig.precision >= 0.9, "recall>=0.95 @ prec>=0.9"),
    }
    for label in LABELS:
        t = tallies[label]
        ok, goal = goals[label]
        print(
            f"{label:<12} {t.annotated:>5} {t.suggested:>5} {t.precision:>6.2f} {t.recall:>6.2f}"
            f" {t.f1:>6.2f}  {goal}: {_goal(ok)}"
        )
    share = pairs.right / pairs.expected if pairs.expected else 1.0
    pairs_ok = share >= 0.9
    print(
        f"{'figure pairs':<12} {pairs.expected:>5} right {pairs.right:>3} = {share:.2f}"
        f"  (+{pairs.unexpected} pairs not in the key)  >=0.9: {_goal(pairs_ok)}"
    )
    if verbose:
        for label in LABELS:
            for miss in tallies[label].misses:
                print(f"  missed {label}: {miss}")
            for stray in tallies[label].strays:
                print(f"  stray  {label}: {stray}")
        for wrong in pairs.wrong:
            print(f"  pair: {wrong}")
    print()
    return all(ok for ok, _ in goals.values()) and pairs_ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and strays")
    parser.add_argument("--subset", choices=SUBSETS, help="only this subset")
    args = parser.parse_args(argv)
    results = [report(subset, args.verbose) for subset in SUBSETS if args.subset in (None, subset)]
    if args.subset is None:
        # Small subsets swing on one pair; the pooled table is the measure of record.
        pooled = report(list(SUBSETS), verbose=False)
        print("pooled: all goals met" if pooled else "pooled: some goals not met")
    print("every subset: all goals met" if all(results) else "every subset: some goals not met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
