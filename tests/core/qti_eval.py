"""A small evaluator of QTI 3.0 response processing, for the subset quizapp writes.

It runs an item's ``qti-response-processing`` on a candidate response and returns the
outcome values, so tests can compare a QTI player's SCORE with ``quizapp.score``. Any
element outside the subset raises, so the exporter cannot drift into unchecked rules.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from xml.etree import ElementTree as ET

from quizapp.core.interchange.qti import QTI_NS

Q = f"{{{QTI_NS}}}"
Value = Any  # float | bool | str | frozenset[str] | None (NULL)


def _local(element: ET.Element) -> str:
    return element.tag.removeprefix(Q)


def _cast(base_type: str, text: str) -> Value:
    if base_type in ("float", "integer"):
        return float(text)
    if base_type == "boolean":
        return text.strip() == "true"
    return text.strip()


class Evaluator:
    def __init__(self, item: ET.Element) -> None:
        self.item = item
        self.responses: dict[str, ET.Element] = {
            d.get("identifier", ""): d for d in item.findall(Q + "qti-response-declaration")
        }
        self.outcomes: dict[str, Value] = {}
        for declaration in item.findall(Q + "qti-outcome-declaration"):
            values = [
                _cast(declaration.get("base-type", ""), v.text or "")
                for v in declaration.iter(Q + "qti-value")
            ]
            if declaration.get("cardinality") == "single":
                self.outcomes[declaration.get("identifier", "")] = values[0] if values else None
            else:
                self.outcomes[declaration.get("identifier", "")] = (
                    frozenset(values) if values else None
                )

    def run(self, response: dict[str, Value]) -> dict[str, Value]:
        self.values = dict(response)
        processing = self.item.find(Q + "qti-response-processing")
        assert processing is not None
        for rule in processing:
            self.rule(rule)
        return self.outcomes

    def rule(self, rule: ET.Element) -> None:
        name = _local(rule)
        if name == "qti-set-outcome-value":
            self.outcomes[rule.get("identifier", "")] = self.expr(rule[0])
        elif name == "qti-response-condition":
            for branch in rule:
                kind = _local(branch)
                if kind == "qti-response-else":
                    for inner in branch:
                        self.rule(inner)
                    return
                if kind not in ("qti-response-if", "qti-response-else-if"):
                    raise ValueError(kind)
                if self.expr(branch[0]) is True:
                    for inner in list(branch)[1:]:
                        self.rule(inner)
                    return
        else:
            raise ValueError(f"rule outside the subset: {name}")

    def variable(self, name: str) -> Value:
        if name in self.responses:
            value = self.values.get(name)
            if isinstance(value, set | frozenset | list | tuple):
                return frozenset(value) or None
            return value
        return self.outcomes[name]

    def expr(self, element: ET.Element) -> Value:  # noqa: C901, PLR0911, PLR0912 - one per operator
        name = _local(element)
        args = list(element)
        if name == "qti-base-value":
            return _cast(element.get("base-type", ""), element.text or "")
        if name == "qti-variable":
            return self.variable(element.get("identifier", ""))
        if name == "qti-correct":
            declaration = self.responses[element.get("identifier", "")]
            values = [v.text or "" for v in declaration.iter(Q + "qti-value")]
            if declaration.get("cardinality") == "single":
                return values[0] if values else None
            return frozenset(values) or None
        if name == "qti-map-response":
            declaration = self.responses[element.get("identifier", "")]
            mapping = declaration.find(Q + "qti-mapping")
            assert mapping is not None
            table = {
                e.get("map-key"): float(e.get("mapped-value", "0"))
                for e in mapping.findall(Q + "qti-map-entry")
            }
            default = float(mapping.get("default-value", "0"))
            value = self.variable(element.get("identifier", ""))
            chosen = [] if value is None else ([value] if isinstance(value, str) else sorted(value))
            total = sum(table.get(v, default) for v in chosen)
            if mapping.get("lower-bound") is not None:
                total = max(total, float(mapping.get("lower-bound", "0")))
            if mapping.get("upper-bound") is not None:
                total = min(total, float(mapping.get("upper-bound", "0")))
            return total
        values = [self.expr(arg) for arg in args]
        if name == "qti-member":
            item, container = values
            if item is None or container is None:
                return None
            return item in container
        if name == "qti-match":
            if values[0] is None or values[1] is None:
                return None
            return values[0] == values[1]
        if name == "qti-and":
            if any(v is False for v in values):
                return False
            return None if any(v is None for v in values) else True
        if name == "qti-not":
            return None if values[0] is None else not values[0]
        if name == "qti-multiple":
            merged: set[str] = set()
            for v in values:
                if v is None:
                    continue
                merged |= {v} if isinstance(v, str) else set(v)
            return frozenset(merged) or None
        if any(v is None for v in values):
            return None
        if name == "qti-sum":
            return float(sum(values))
        if name == "qti-subtract":
            return values[0] - values[1]
        if name == "qti-product":
            result = 1.0
            for v in values:
                result *= v
            return result
        if name == "qti-divide":
            return None if values[1] == 0 else values[0] / values[1]
        if name == "qti-gte":
            return values[0] >= values[1]
        if name == "qti-gt":
            return values[0] > values[1]
        if name == "qti-lt":
            return values[0] < values[1]
        if name == "qti-round-to":
            assert element.get("rounding-mode") == "decimalPlaces"
            places = Decimal(1).scaleb(-int(element.get("figures", "0")))
            return float(Decimal(repr(values[0])).quantize(places, rounding=ROUND_HALF_UP))
        raise ValueError(f"expression outside the subset: {name}")


def evaluate(item: ET.Element, response: dict[str, Value]) -> dict[str, Value]:
    """Run the item's response processing on ``response`` (response id -> value)."""
    return Evaluator(item).run(response)
