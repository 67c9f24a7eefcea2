"""Optional refiners: a second opinion on the metric and kind of extracted claims (e.g. a language model).

The default pipeline is deterministic and offline; a refiner runs only when asked
(`thesis extract --refiner URL`). A refiner *suggests*; `refine` decides. It accepts only two labels,
`metric` (a key of the metric lexicon, or null) and `kind`, and never a span, value, unit, period or
speaker: those stay the rules' own. Unknown metric keys, unknown kinds and claims the refiner was not
shown are rejected, so a refiner cannot put a label into the ledger that the rules could not. Every
accepted change comes back as a `Refinement` (quote, field, old -> new, refiner) to show the user, and
the claim keeps it in `Claim.refinement` (stored in the ledger; `refinement` in `--jsonl`).

    from thesisledger.extract.refine import ChatRefiner, refine
    result = refine(doc, claims, ChatRefiner("http://localhost:11434/v1", model="qwen3:8b"))
    result.claims, result.changes, result.rejected
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal, Protocol

import httpx

from thesisledger.documents.document import Document
from thesisledger.errors import ConnectorError, InputError
from thesisledger.extract.claim import Claim, ClaimKind
from thesisledger.extract.metrics import metric_lexicon

Field = Literal["metric", "kind"]


class RefinerError(ConnectorError):
    """The refiner's server cannot be reached or answered with an HTTP error; nothing was recorded."""


class RefinerSetupError(InputError):
    """The refiner is not set up to be used (a URL that is not http(s), no model name)."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A refiner's proposal: claim number `index` (in the list it was given) should have `value`."""

    index: int
    field: Field
    value: str | None


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A part of the refiner's answer that could not be read (kept as a rejection, never applied)."""

    reason: str


@dataclass(frozen=True, slots=True)
class Refinement:
    """An accepted change, with the quote it concerns."""

    start: int
    end: int
    span_text: str
    field: Field
    old: str | None
    new: str | None
    refiner: str

    @property
    def note(self) -> str:
        """What changed, as the claim's `refinement` keeps it: "metric capex -> revenue (chat:qwen3:8b)"."""
        return f"{self.field} {self.old} -> {self.new} ({self.refiner})"

    def describe(self) -> str:
        return f"{self.start}:{self.end} {self.span_text!r} {self.note}"


@dataclass(frozen=True, slots=True)
class Refined:
    claims: list[Claim]
    changes: list[Refinement]
    rejected: list[str]  # why each refused suggestion or unreadable reply was refused


class Refiner(Protocol):
    """Anything that proposes metric/kind labels for a document's claims."""

    name: str

    def suggest(self, doc: Document, claims: Sequence[Claim]) -> Iterable[Suggestion | Unreadable]:
        """Suggestions by index into `claims`, and what of the answer could not be read."""
        ...


def refine(doc: Document, claims: Sequence[Claim], refiner: Refiner) -> Refined:
    """Apply the valid suggestions of `refiner` to `claims` (a new list; the input is not changed)."""
    keys = set(metric_lexicon().metrics)
    kinds = {k.value for k in ClaimKind}
    out = list(claims)
    changes: list[Refinement] = []
    rejected: list[str] = []
    for s in refiner.suggest(doc, claims):
        if isinstance(s, Unreadable):
            rejected.append(s.reason)
            continue
        if not 0 <= s.index < len(out):
            rejected.append(f"claim #{s.index}: no such claim (the refiner was shown {len(out)})")
            continue
        c = out[s.index]
        updated: dict[str, Any]
        if s.field == "metric":
            if s.value is not None and s.value not in keys:
                rejected.append(f"{c.span_text!r}: metric {s.value!r} is not a key of the metric lexicon")
                continue
            old, updated = c.metric, {"metric": s.value}
        else:
            if s.value not in kinds:
                rejected.append(f"{c.span_text!r}: kind {s.value!r} is not one of {sorted(kinds)}")
                continue
            old, updated = c.kind.value, {"kind": ClaimKind(s.value)}
        if s.value == old:
            continue
        change = Refinement(c.start, c.end, c.span_text, s.field, old, s.value, refiner.name)
        changes.append(change)
        # the ledger keeps what the rules had said, change after change
        note = change.note if c.refinement is None else f"{c.refinement}; {change.note}"
        out[s.index] = replace(c, **updated, refinement=note)
    return Refined(out, changes, rejected)


# -- an OpenAI-compatible chat server (llama.cpp, vLLM, Ollama, LM Studio, OpenAI) --------------------

_SYSTEM = """You check labels of numbers extracted from an earnings document.
For each claim (a quoted number in the sentence) say what it measures and what kind of statement it is.
metric: one key of this vocabulary, or null when none fits:
{vocabulary}
kind: one of actual (a reported figure), guidance (management's expectation for a coming period),
target (a long-term goal), estimate (an analyst's or the author's own estimate), historical (a background
fact about an earlier time), derived (computed by the author from other numbers).
Answer with JSON only: {{"claims": [{{"id": <id>, "metric": <key or null>, "kind": <kind>}}, ...]}}"""

_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$")


class ChatRefiner:
    """Asks a model behind an OpenAI-compatible `/chat/completions` endpoint, one request per sentence.

    `base_url` is the API root (`http://localhost:11434/v1`); `api_key` is sent as a bearer token when
    given. Temperature 0, so a deterministic server gives the same answer twice.
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None = None,
        timeout: float = 60.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not re.match(r"https?://[^/\s]+", base_url):
            raise RefinerSetupError(
                f"refiner URL {base_url!r} is not an http(s) URL; give the API root, e.g. http://localhost:11434/v1"
            )
        if not model.strip():
            raise RefinerSetupError("no model name for the refiner; pass --refiner-model")
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.name = f"chat:{model}"
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(timeout=timeout, headers=headers, transport=transport)
        lex = metric_lexicon()
        self._system = _SYSTEM.format(
            vocabulary="\n".join(f"- {k}: {m.name}" for k, m in lex.metrics.items())
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ChatRefiner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def suggest(self, doc: Document, claims: Sequence[Claim]) -> Iterable[Suggestion | Unreadable]:
        by_sentence: dict[int, list[int]] = {}
        for i, c in enumerate(claims):
            by_sentence.setdefault(c.sentence_start, []).append(i)
        for at, idx in by_sentence.items():
            shown = [
                {
                    "id": i,
                    "quote": claims[i].span_text,
                    "metric": claims[i].metric,
                    "kind": claims[i].kind.value,
                }
                for i in idx
            ]
            reply = self._ask({"sentence": claims[idx[0]].sentence, "claims": shown})
            yield from self._read(reply, at, set(idx))

    def _ask(self, question: dict[str, Any]) -> str:
        body = {
            "model": self.model,
            "temperature": 0,
            "response_format": {"type": "json_object"},
            "messages": [
                {"role": "system", "content": self._system},
                {"role": "user", "content": json.dumps(question, ensure_ascii=False)},
            ],
        }
        try:
            r = self._client.post(self.url, json=body)
        except httpx.HTTPError as exc:
            raise RefinerError(
                f"the refiner at {self.url} cannot be reached ({exc}); start the model server or run "
                "without --refiner"
            ) from exc
        if r.status_code >= 400:
            raise RefinerError(
                f"the refiner at {self.url} answered HTTP {r.status_code}: {r.text[:200]!r}; check the URL "
                "and the model name"
            )
        try:
            content = r.json()["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            return ""  # read as unreadable below, for this sentence only
        return str(content)

    def _read(self, content: str, at: int, allowed: set[int]) -> Iterable[Suggestion | Unreadable]:
        where = f"sentence at offset {at}"
        try:
            data = json.loads(_FENCE.sub("", content.strip()))
            items = data["claims"]
            if not isinstance(items, list):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            yield Unreadable(f"{where}: the refiner's reply is not the JSON asked for ({content[:80]!r})")
            return
        for item in items:
            if not isinstance(item, dict) or not isinstance(item.get("id"), int):
                yield Unreadable(f"{where}: an answer without an integer id ({str(item)[:80]!r})")
                continue
            i = item["id"]
            if i not in allowed:
                yield Unreadable(f"{where}: claim #{i} was not in this sentence")
                continue
            if "metric" in item:
                m = item["metric"]
                yield Suggestion(i, "metric", m if m is None else str(m))
            if "kind" in item:
                yield Suggestion(i, "kind", str(item["kind"]))


__all__ = [
    "ChatRefiner", "Refined", "Refinement", "Refiner", "RefinerError", "RefinerSetupError", "Suggestion",
    "Unreadable", "refine",
]  # fmt: skip
