"""The local dashboard: `create_app(db_path)` gives a FastAPI app (pages and a JSON API under /api)."""

from thesisledger.web.app import create_app

__all__ = ["create_app"]
