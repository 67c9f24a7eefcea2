"""YAML with line numbers: plain Python data plus a map from each key path to the line it is on.

PyYAML's composer keeps a start mark on every node; we walk the node tree ourselves, building the
data and recording `path -> line` (1-based) for every mapping key and sequence item, so that a
validation error at `("segments", "cloud", "multple")` can name the line of `multple:`.

Numbers such as `158e9` (no dot) are floats here, as an analyst means them; YAML 1.1 would read
them as strings. Duplicate keys are an error rather than a silent overwrite.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import yaml

from thesisledger.errors import ThesisFileError

Path_ = tuple[str | int, ...]

_FLOAT_E = re.compile(r"^[-+]?(?:[0-9][0-9_]*)(?:\.[0-9_]*)?[eE][-+]?[0-9]+$")


class _Loader(yaml.SafeLoader):
    """SafeLoader that also reads `30e9` and `1.5E+3` as floats."""


_Loader.yaml_implicit_resolvers = {k: list(v) for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_Loader.add_implicit_resolver("tag:yaml.org,2002:float", _FLOAT_E, list("-+0123456789"))


@dataclass(frozen=True)
class SourceMap:
    """Where each part of a YAML document is: `lines[path]` is the 1-based line of that key or item."""

    file: str
    lines: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, path: Iterable[str | int]) -> int | None:
        """The line of `path`, or of its longest prefix that the document has (None for the root)."""
        best: int | None = self.lines.get(())
        cur: Path_ = ()
        for part in path:
            nxt = (*cur, part)
            if nxt in self.lines:
                cur = nxt
                best = self.lines[nxt]
            # a part the document does not have (a pydantic union tag): skip it, keep walking
        return best

    def error(self, path: Iterable[str | int], detail: str) -> ThesisFileError:
        """A ThesisFileError for `path` (its line) saying `detail`."""
        return ThesisFileError(detail, file=self.file, line=self.line_of(path))


def load_yaml(text: str, file: str) -> tuple[Any, SourceMap]:
    """Parse one YAML document into (data, SourceMap); syntax errors become ThesisFileError."""
    loader = _Loader(text)
    smap = SourceMap(file)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, smap
        smap.lines[()] = node.start_mark.line + 1
        data = _build(loader, node, (), smap)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise ThesisFileError(f"not valid YAML: {problem}", file=file, line=line) from exc
    except yaml.YAMLError as exc:
        raise ThesisFileError(f"not valid YAML: {exc}", file=file) from exc
    finally:
        loader.dispose()
    return data, smap


def _build(loader: _Loader, node: yaml.Node, path: Path_, smap: SourceMap) -> Any:
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise ThesisFileError(
                    "a key must be a plain name, not a list or mapping",
                    file=smap.file,
                    line=key_node.start_mark.line + 1,
                )
            key = str(loader.construct_object(key_node))
            line = key_node.start_mark.line + 1
            if key in out:
                raise ThesisFileError(
                    f"key {key!r} appears twice here (first on line {smap.lines[(*path, key)]})",
                    file=smap.file,
                    line=line,
                )
            smap.lines[(*path, key)] = line
            out[key] = _build(loader, value_node, (*path, key), smap)
        return out
    if isinstance(node, yaml.SequenceNode):
        items: list[Any] = []
        for i, item in enumerate(node.value):
            smap.lines[(*path, i)] = item.start_mark.line + 1
            items.append(_build(loader, item, (*path, i), smap))
        return items
    return loader.construct_object(node, deep=True)
