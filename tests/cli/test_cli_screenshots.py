"""hallbar screenshots --text-size: the pictures at Arkiv › Textstorlek's larger sizes."""

from __future__ import annotations

from pathlib import Path

import pytest

from hallbar_desktop import cli
from hallbar_desktop.ui.ui_settings import TEXT_SIZES


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    """What the command asked to be drawn; nothing is drawn."""
    calls: list[tuple[object, ...]] = []
    monkeypatch.setattr(cli, "render_screenshots", lambda *args: calls.append(args) or [])
    return calls


def test_the_text_size_is_passed_on(asked: list[tuple[object, ...]], tmp_path: Path) -> None:
    out = tmp_path / "bilder"
    command = ["screenshots", "--out", str(out), "--language", "sv", "--text-size", "150"]
    assert cli.main(command) == cli.EXIT_OK
    assert asked == [(out, 1366, 768, "sv", "light", 150)]


def test_without_it_the_normal_size(asked: list[tuple[object, ...]], tmp_path: Path) -> None:
    assert cli.main(["screenshots", "--out", str(tmp_path / "bilder")]) == cli.EXIT_OK
    assert asked[0][-1] == 100


def test_only_the_sizes_of_the_menu_are_taken(
    asked: list[tuple[object, ...]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.SCREENSHOT_TEXT_SIZES == TEXT_SIZES
    code = cli.main(["screenshots", "--out", str(tmp_path / "bilder"), "--text-size", "200"])
    assert code == cli.EXIT_USAGE
    assert asked == []
    assert "--text-size" in capsys.readouterr().err
