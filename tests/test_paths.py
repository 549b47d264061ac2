"""Resources are found in the frozen bundle, in an installed wheel and in the source tree."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hallbar_desktop import paths


def test_from_source_the_resources_sit_beside_the_package() -> None:
    root = Path(paths.__file__).resolve().parent.parent
    assert paths.resources_dir() == root / "resources"
    assert (paths.templates_dir() / "readiness-v1.json").is_file()
    assert (paths.fonts_dir() / "DejaVuSans.ttf").is_file()
    assert paths.app_icon_path().is_file()
    assert not paths.is_frozen()


def test_an_installed_package_uses_its_own_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "hallbar_desktop"
    (package / "resources").mkdir(parents=True)
    # Beside an installed package is site-packages; a "resources" folder there is someone else's.
    (tmp_path / "site-packages" / "resources").mkdir()
    monkeypatch.setattr(paths, "_PACKAGE", package)
    assert paths.resources_dir() == package / "resources"
    assert paths.fonts_dir() == package / "resources" / "fonts"


def test_the_frozen_bundle_uses_its_unpacked_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.is_frozen()
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.templates_dir() == tmp_path / "resources" / "templates"
