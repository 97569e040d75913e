"""CLI commands beyond the core ones in ``listwatch.cli``.

Each module here registers its commands on the app of ``_common`` (``listwatch.cli.app``)
when imported, e.g.::

    from listwatch.commands._common import app, err, out, emit_json, open_store

    @app.command()
    def screen(...): ...

``register_all()`` imports every module of this package.
"""

from __future__ import annotations

import importlib
import pkgutil


def register_all() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{info.name}")
