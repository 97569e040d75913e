"""The public surface (``listwatch/__init__.py``): what a library user imports, pinned.
A name added or removed here is a decision (and a CHANGELOG line), not an accident."""

from __future__ import annotations

import inspect
import subprocess
import sys

import listwatch
from listwatch import errors

PUBLIC = {
    "Store", "Screener", "compare_names", "Record", "__version__",
    "ListwatchError", "ConfigError", "UnknownSource", "UnknownParameter", "NotFound",
    "ParseError", "SnapshotRefused", "FetchError", "NotInMirror", "InputTooLarge",
    "StoreError", "AuthError", "NothingScreened", "VerificationFailed",
}


def test_the_public_names_are_pinned() -> None:
    assert set(listwatch.__all__) == PUBLIC
    assert len(listwatch.__all__) == len(PUBLIC)
    for name in listwatch.__all__:
        assert getattr(listwatch, name) is not None, name
    assert set(dir(listwatch)) >= PUBLIC


def test_every_error_of_the_tree_is_exported() -> None:
    tree = {name for name, obj in vars(errors).items()
            if inspect.isclass(obj) and issubclass(obj, errors.ListwatchError)}
    assert tree <= set(listwatch.__all__), tree - set(listwatch.__all__)


def test_the_names_are_the_library_s_own_objects() -> None:
    from listwatch.match.compare import compare_names
    from listwatch.model import Record
    from listwatch.screening.screen import Screener
    from listwatch.store.db import Store

    assert listwatch.Store is Store and listwatch.Screener is Screener
    assert listwatch.compare_names is compare_names and listwatch.Record is Record
    assert isinstance(listwatch.__version__, str) and listwatch.__version__[0].isdigit()


def test_a_library_user_can_screen_and_compare(tmp_path) -> None:
    from listwatch import Record, Screener, Store, compare_names

    assert compare_names("Siemens AG", "Siemens Aktiengesellschaft", "Company").match
    store = Store(f"sqlite:///{tmp_path / 'lists.db'}")
    try:
        screener = Screener.load(store)  # (no list yet: nothing to screen against)
        assert screener.index.versions == []
    finally:
        store.dispose()
    assert Record.__name__ == "Record"


def test_unknown_names_and_a_light_import() -> None:
    try:
        listwatch.NoSuchThing  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchThing" in str(exc)
    else:
        raise AssertionError("no AttributeError")
    # importing the package (or its error tree) does not load the screening core
    done = subprocess.run([sys.executable, "-c",
                           "import sys, listwatch, listwatch.errors; "
                           "print('numpy' in sys.modules, 'listwatch.screening' in sys.modules)"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
