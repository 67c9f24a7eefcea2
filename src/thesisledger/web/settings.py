"""What one dashboard serves: its ledger file, where thesis files may be read from, limits."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from thesisledger.errors import InputError


@dataclass(frozen=True, slots=True)
class Settings:
    db_path: str | None
    thesis_root: Path
    max_upload_bytes: int
    simulations: int

    def thesis_file(self, name: str) -> Path:
        """`name` resolved under `thesis_root`; refused if outside it (../, absolute, links)."""
        if not name or "\x00" in name:
            raise InputError("give a thesis file, e.g. examples/alibaba/thesis.yaml")
        path = (self.thesis_root / name).resolve()
        if not path.is_relative_to(self.thesis_root):
            raise InputError(
                f"thesis file {name!r} is outside {self.thesis_root}; only files under it are served"
            )
        if path.suffix.lower() not in (".yaml", ".yml") or not path.is_file():
            raise InputError(f"no thesis file {name!r} under {self.thesis_root}")
        return path

    def thesis_files(self) -> list[str]:
        """Thesis files under the root (examples/*/thesis.yaml and *.thesis.yaml), relative paths."""
        found: set[Path] = set()
        for pattern in ("thesis.yaml", "*.thesis.yaml", "*/thesis.yaml", "*/*/thesis.yaml"):
            found.update(p for p in self.thesis_root.glob(pattern) if p.is_file())
        return sorted(str(p.relative_to(self.thesis_root)) for p in found)
