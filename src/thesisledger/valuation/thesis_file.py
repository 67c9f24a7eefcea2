"""Load a thesis file: YAML -> validated `Thesis`, or one `ThesisFileError` naming the file and line.

    thesis.yaml line 23: segments.cloud: field 'multple' is not known; did you mean 'multiple'?

Validation runs in two passes: the schema (pydantic: fields, types, ranges), then the references
(unknown inputs, circular formulas, units, FX pairs, correlations, scenarios, triggers) in `plan`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from thesisledger.errors import ThesisFileError
from thesisledger.valuation.schema import DISTRIBUTIONS, METHODS, MODELS, Thesis, suggest
from thesisledger.valuation.source_map import Path_, SourceMap, load_yaml

_TAG_LOC = {"float", "str"}  # union member names pydantic adds to locations for `float | str`


def load_thesis(path: str | Path) -> Thesis:
    """Read and validate the thesis file at `path` (errors name the file as given and the line)."""
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except FileNotFoundError as exc:
        raise ThesisFileError("no such file", file=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise ThesisFileError(
            f"not UTF-8 text (byte {exc.start}); save the file as UTF-8", file=str(path)
        ) from exc
    except OSError as exc:
        raise ThesisFileError(f"cannot read the file: {exc.strerror}", file=str(path)) from exc
    return parse_thesis(text, str(path))


def parse_thesis(text: str, file: str = "<thesis>") -> Thesis:
    """Validate thesis YAML `text`; `file` names it in error messages."""
    data, smap = load_yaml(text, file)
    if not isinstance(data, dict):
        raise ThesisFileError(
            "a thesis file is a mapping (name:, currency:, shares:, segments:, ...)",
            file=file,
            line=smap.line_of(()),
        )
    thesis = validate_document(Thesis, data, smap)
    thesis.with_source(smap)
    from thesisledger.valuation.plan import build_plan  # plan imports this module's types

    build_plan(thesis)  # raises ThesisFileError on unknown references, cycles, unit mismatches
    return thesis


M = TypeVar("M", bound=BaseModel)


def validate_document(model: type[M], data: Any, smap: SourceMap) -> M:
    """Validate YAML `data` as `model`; the first problem (by line) becomes a ThesisFileError."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise _first_error(exc, data, smap) from None


def _clean_loc(loc: tuple[str | int, ...], data: Any) -> Path_:
    """The part of a pydantic location that exists in the document (drops union tags)."""
    out: list[str | int] = []
    node = data
    for part in loc:
        in_dict = isinstance(node, dict) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_dict or in_list:
            out.append(part)
            node = node[part]
        # else: a tag such as 'pert' or 'float'; skip it
    return tuple(out)


def _dotted(path: Path_) -> str:
    s = ""
    for part in path:
        s += f"[{part}]" if isinstance(part, int) else (f".{part}" if s else str(part))
    return s or "the file"


def _describe(err: ErrorDetails, data: Any) -> tuple[Path_, str]:
    typ = err["type"]
    ctx: dict[str, Any] = dict(err.get("ctx") or {})
    loc = _clean_loc(tuple(err["loc"]), data)
    field_name = ctx.get("field")
    if typ in ("unknown_field", "bad_range", "bad_model", "missing_unit", "bad_name") and field_name:
        where = _dotted(loc)
        target = (*loc, str(field_name))
        return target, f"{where}: {err['msg']}"
    value = err.get("input")
    where = _dotted(loc)
    if typ == "extra_forbidden":
        return loc, f"field {loc[-1]!r} is not known"
    if typ == "missing":
        missing = err["loc"][-1]
        return loc, f"{where}: field {missing!r} is missing"
    if typ == "input_kind":
        if isinstance(value, dict) and "dist" in value:
            d = str(value["dist"])
            return (*loc, "dist"), (
                f"{where}: unknown distribution {d!r}{suggest(d, DISTRIBUTIONS)} "
                f"(one of {', '.join(DISTRIBUTIONS)})"
            )
        return loc, f"{where}: {err['msg']}"
    if typ == "union_tag_invalid":
        tag = str(ctx.get("tag"))
        disc = str(ctx.get("discriminator", "")).strip("'")
        choices = METHODS if disc == "method" else MODELS
        return (
            *loc,
            disc,
        ), f"{where}: unknown {disc} {tag!r}{suggest(tag, choices)} (one of {', '.join(choices)})"
    if typ == "union_tag_not_found":
        disc = str(ctx.get("discriminator", "")).strip("'")
        choices = METHODS if disc == "method" else MODELS
        return loc, f"{where}: needs {disc}: (one of {', '.join(choices)})"
    if typ in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        sym = {"greater_than": ">", "greater_than_equal": ">=", "less_than": "<", "less_than_equal": "<="}[
            typ
        ]
        limit = next(iter(ctx.values()))
        return loc, f"{where} must be {sym} {limit}, got {value!r}"
    if typ in ("float_type", "float_parsing", "string_type") and err["loc"][-1] in _TAG_LOC:
        return loc, f"{where}: expected a number, an input name or a formula, got {value!r}"
    if typ in ("float_type", "float_parsing", "int_type", "int_parsing", "int_from_float"):
        return loc, f"{where}: expected a number, got {value!r}"
    if typ in ("dict_type", "model_type", "model_attributes_type"):
        return loc, f"{where}: expected a mapping of fields, got {value!r}"
    msg = str(err["msg"]).removeprefix("Value error, ")
    return loc, f"{where}: {msg}"


def _first_error(exc: ValidationError, data: Any, smap: SourceMap) -> ThesisFileError:
    described = [_describe(e, data) for e in exc.errors()]
    # one problem per place: `float | str` unions report each member
    unique: dict[Path_, str] = {}
    for path, msg in described:
        unique.setdefault(path, msg)
    ordered = sorted(unique.items(), key=lambda kv: (smap.line_of(kv[0]) or 0, len(kv[0])))
    path, msg = ordered[0]
    if len(ordered) > 1:
        more = len(ordered) - 1
        msg += f" (and {more} more problem{'s' if more > 1 else ''})"
    return smap.error(path, msg)
