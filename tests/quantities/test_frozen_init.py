"""quantities.frozen.slot_init gives the objects, and raises the errors, the dataclass `__init__` it replaces
gives: checked on twin classes (one decorated, one not) and on the classes that use it."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from typing import Any

import pytest

from thesisledger.extract.claim import Claim, ClaimKind, Speaker
from thesisledger.quantities.frozen import slot_init
from thesisledger.quantities.parse import QuantityMatch
from thesisledger.quantities.quantity import Bound, Quantity
from thesisledger.quantities.units import COUNT


@dataclasses.dataclass(frozen=True, slots=True)
class _Plain:
    a: int
    b: str
    c: float | None = None
    d: int = 3

    def __post_init__(self) -> None:
        if self.a < 0:
            raise ValueError(f"a must be >= 0, got {self.a}")


@slot_init
@dataclasses.dataclass(frozen=True, slots=True)
class _Fast:
    a: int
    b: str
    c: float | None = None
    d: int = 3

    def __post_init__(self) -> None:
        if self.a < 0:
            raise ValueError(f"a must be >= 0, got {self.a}")


def _fields(obj: Any) -> tuple[Any, ...]:
    return tuple(getattr(obj, f.name) for f in dataclasses.fields(obj))


CALLS: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    ((1, "x"), {}),
    ((1, "x", 2.5), {}),
    ((1, "x", 2.5, 7), {}),
    ((), {"a": 1, "b": "x"}),
    ((1,), {"b": "x", "d": 9}),
    ((), {"d": 9, "c": None, "b": "y", "a": 0}),
]
BAD_CALLS: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    ((), {}),
    ((1,), {}),
    ((1, "x", 2.5, 7, 8), {}),
    ((1, "x"), {"e": 1}),
    ((1, "x"), {"a": 2}),
    ((-1, "x"), {}),  # __post_init__ raises
]


@pytest.mark.parametrize(("args", "kwargs"), CALLS)
def test_same_object_as_the_dataclass_init(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    fast, plain = _Fast(*args, **kwargs), _Plain(*args, **kwargs)
    assert _fields(fast) == _fields(plain)
    assert repr(fast).replace("_Fast", "_Plain") == repr(plain)
    assert hash(fast) == hash(plain)


@pytest.mark.parametrize(("args", "kwargs"), BAD_CALLS)
def test_same_errors_as_the_dataclass_init(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    with pytest.raises(Exception) as plain:
        _Plain(*args, **kwargs)
    with pytest.raises(Exception) as fast:
        _Fast(*args, **kwargs)
    assert type(fast.value) is type(plain.value)
    assert str(fast.value).replace("_Fast", "_Plain") == str(plain.value)


def test_still_frozen() -> None:
    obj = _Fast(1, "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        obj.a = 2  # type: ignore[misc]
    assert dataclasses.replace(obj, a=5) == _Fast(5, "x")


def test_copies_and_pickles_as_before() -> None:
    q = Quantity(1.0, 2.0, Bound.RANGE, COUNT, "bn")
    c = Claim("d", 0, 2, "5x", "5x.", q, None, ClaimKind.ACTUAL, Speaker.AUTHOR, page=2)
    for obj in (q, QuantityMatch(0, 2, "5x", q, True), c):
        assert pickle.loads(pickle.dumps(obj)) == obj
        assert copy.copy(obj) == obj
        assert copy.deepcopy(obj) == obj


def test_refuses_classes_it_cannot_serve() -> None:
    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Factory:
        a: list[int] = dataclasses.field(default_factory=list)

    for cls in (NoSlots, Factory):
        with pytest.raises(TypeError):
            slot_init(cls)


@pytest.mark.parametrize("cls", [Claim, QuantityMatch, Quantity])
def test_real_classes_keep_their_signature(cls: type) -> None:
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        expected = inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
        assert p.default == expected, f.name


def test_real_classes_build_and_check_as_before() -> None:
    q = Quantity(1.0, 1.0, Bound.EQ, COUNT)
    assert (q.low, q.high, q.bound, q.unit, q.scale, q.qualitative) == (1.0, 1.0, Bound.EQ, COUNT, None, None)
    with pytest.raises(ValueError, match="low == high"):
        Quantity(1.0, 2.0, Bound.EQ, COUNT)
    with pytest.raises(ValueError, match="finite"):
        Quantity(float("inf"), None, Bound.GT, COUNT)
    m = QuantityMatch(0, 2, "5x", q, True)
    assert m.note is None
    c = Claim("d", 0, 2, "5x", "5x.", q, None, ClaimKind.ACTUAL, Speaker.AUTHOR)
    assert (c.entity, c.period, c.sentence_start, c.page) == (None, None, 0, 1)
    assert c == Claim(
        document_id="d", start=0, end=2, span_text="5x", sentence="5x.", quantity=q, metric=None,
        kind=ClaimKind.ACTUAL, speaker=Speaker.AUTHOR,
    )  # fmt: skip
