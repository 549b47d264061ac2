"""The build script's own decisions: what the bundle keeps, how it is named, icons and archives.

The PyInstaller build itself is too slow for the test suite; .ci/run builds it and runs its
self-test after the tests."""

from __future__ import annotations

import importlib.util
import os
import stat
import struct
import sys
import tarfile
import types
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_installer", ROOT / "build_installer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqminimal.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqico.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6\\plugins\\imageformats\\qwebp.dll", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ],
)
def test_only_the_qt_plugins_the_app_uses_are_kept(
    build: ModuleType, path: str, kept: bool
) -> None:
    assert build.qt_plugin_kept(path) is kept


def test_only_qts_swedish_base_translation_is_kept(build: ModuleType) -> None:
    assert build.qt_translation_kept("PySide6/Qt/translations/qtbase_sv.qm")
    assert not build.qt_translation_kept("PySide6/Qt/translations/qtbase_de.qm")
    assert not build.qt_translation_kept("PySide6/Qt/translations/qt_help_sv.qm")
    assert not build.qt_translation_kept("PySide6\\translations\\qtbase_fi.qm")
    assert build.qt_translation_kept("resources/templates/readiness-v1.json")


def test_every_dropped_plugin_folder_or_name_is_spelled_as_qt_ships_it(
    build: ModuleType,
) -> None:
    # A typo in the list would silently keep a plugin; check against this Qt's Linux plugins
    # (the Windows- and macOS-only names are covered by the cases above).
    import PySide6

    plugins = Path(PySide6.__file__).parent / "Qt" / "plugins"
    if not plugins.is_dir():
        pytest.skip("this PySide6 keeps its plugins elsewhere")
    shipped = {p.name for p in plugins.iterdir()} | {
        f"{p.parent.name}/{p.name.split('.')[0].removeprefix('lib')}" for p in plugins.glob("*/*")
    }
    elsewhere = {"platforms/qdirect2d", "styles"}
    assert set(build.DROPPED_QT_PLUGINS) - elsewhere <= shipped


@pytest.mark.parametrize(
    ("system", "machine", "name"),
    [
        ("linux", "x86_64", "Hallbar-0.1.0-linux-x86_64.tar.gz"),
        ("linux", "aarch64", "Hallbar-0.1.0-linux-arm64.tar.gz"),
        ("win32", "AMD64", "Hallbar-0.1.0-windows-x86_64.zip"),
        ("darwin", "arm64", "Hallbar-0.1.0-macos-arm64.zip"),
    ],
)
def test_the_archive_is_named_by_version_and_platform(
    build: ModuleType, system: str, machine: str, name: str
) -> None:
    assert build.archive_name("0.1.0", system, machine) == name


def test_the_version_comes_from_the_package(build: ModuleType) -> None:
    import hallbar_desktop

    assert build.app_version() == hallbar_desktop.__version__


def test_pages_and_migrations_imported_by_name_are_hidden_imports(build: ModuleType) -> None:
    from hallbar_desktop.ui.pages import page_registry

    modules = set(build.app_modules())
    pages = {f"hallbar_desktop.ui.pages.{module}" for module, _ in page_registry._PAGES.values()}
    assert pages <= modules
    assert {"hallbar_desktop", "hallbar_desktop.self_test", "hallbar_desktop.cli"} <= modules
    assert not any(name.endswith("__init__") for name in modules)


def test_the_icons_hold_a_png_per_size(build: ModuleType, tmp_path: Path, qapp: object) -> None:
    # qapp: the test process's QApplication must exist before the renderer looks for one, or it
    # would make a QGuiApplication, and every widget test after it would abort.
    ico, icns = build.render_icons(tmp_path, ROOT / "resources" / "app_icon" / "hallbar.svg")
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(build.ICON_PNG_SIZES))
    sides = []
    for number in range(count):
        side, _, _, _, _, bits, size, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * number
        )
        assert bits == 32
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(data)
        sides.append(side or 256)
    assert sides == list(build.ICON_PNG_SIZES)
    mac = icns.read_bytes()
    assert mac[:4] == b"icns"
    assert struct.unpack(">I", mac[4:8])[0] == len(mac)
    position, types_found = 8, []
    while position < len(mac):
        kind_code, length = (
            mac[position : position + 4],
            struct.unpack(">I", mac[position + 4 : position + 8])[0],
        )
        assert mac[position + 8 : position + 16] == b"\x89PNG\r\n\x1a\n"
        types_found.append(kind_code)
        position += length
    assert position == len(mac)
    assert types_found == [build.ICNS_TYPES[s] for s in sorted(build.ICNS_TYPES)]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Hallbar"
    (folder / "_internal" / "resources").mkdir(parents=True)
    program = folder / "hallbar"
    program.write_bytes(b"#!/bin/sh\necho hej\n")
    program.chmod(0o755)
    (folder / "_internal" / "resources" / "data.txt").write_text("åäö", encoding="utf-8")
    (folder / "_internal" / "link.so").symlink_to("resources/data.txt")
    return folder


def test_a_tar_archive_keeps_the_folder_exec_bits_and_links(
    build: ModuleType, tmp_path: Path
) -> None:
    archive = build.write_archive(_folder(tmp_path), tmp_path / "out" / "Hallbar-x.tar.gz")
    assert archive.is_file() and not list((tmp_path / "out").glob("*.partial"))
    with tarfile.open(archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
        assert members["Hallbar/hallbar"].mode & 0o111
        assert members["Hallbar/_internal/link.so"].issym()
        assert members["Hallbar/_internal/link.so"].linkname == "resources/data.txt"
        assert {m.uid for m in members.values()} == {0}
        unpacked = tmp_path / "unpacked"
        tar.extractall(unpacked, filter="tar")
    assert (unpacked / "Hallbar" / "_internal" / "link.so").read_text(encoding="utf-8") == "åäö"
    assert os.access(unpacked / "Hallbar" / "hallbar", os.X_OK)


def test_a_zip_archive_keeps_the_folder_exec_bits_and_links(
    build: ModuleType, tmp_path: Path
) -> None:
    archive = build.write_archive(_folder(tmp_path), tmp_path / "Hallbar-x.zip")
    with zipfile.ZipFile(archive) as packed:
        infos = {i.filename: i for i in packed.infolist()}
        assert "Hallbar/" in infos and infos["Hallbar/"].is_dir()
        assert (infos["Hallbar/hallbar"].external_attr >> 16) & 0o111
        link = infos["Hallbar/_internal/link.so"]
        assert stat.S_ISLNK(link.external_attr >> 16)
        assert packed.read(link) == b"resources/data.txt"
        assert packed.read("Hallbar/_internal/resources/data.txt").decode() == "åäö"


def test_the_windows_version_resource_carries_the_version(
    build: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PyInstaller's version-resource module imports Windows-only modules it does not need to
    # build the structure; stand-ins let the structure be built and encoded here.
    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", object(), raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    raw = build.windows_version_info("1.2.3").toRaw()
    assert "1.2.3".encode("utf-16-le") in raw
    assert "Hållbar förändring".encode("utf-16-le") in raw


def test_the_self_test_runs_offscreen_without_the_builders_python_settings(
    build: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", "/somewhere")
    monkeypatch.setenv("VIRTUAL_ENV", "/venv")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    environment = build.self_test_environment(tmp_path)
    assert "PYTHONPATH" not in environment and "VIRTUAL_ENV" not in environment
    assert environment["QT_QPA_PLATFORM"] == "offscreen"
    if sys.platform != "win32":
        assert environment["HOME"] == str(tmp_path)


def test_libraries_ldd_cannot_find_are_named(build: ModuleType) -> None:
    output = (
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibQt6Gui.so.6 => /b/_internal/libQt6Gui.so.6 (0x00007f)\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibxcb-cursor.so.0 => not found\n"
    )
    assert build.not_found_libraries(output) == ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]
    assert build.not_found_libraries("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_pyside6_uic_is_found_in_the_scripts_folder_not_only_beside_python(
    build: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A python.org install on Windows: python.exe in the install folder, scripts in Scripts\.
    scripts = tmp_path / "Scripts"
    scripts.mkdir()
    (scripts / "pyside6-uic.exe").write_bytes(b"MZ")
    monkeypatch.setattr(build.sys, "executable", str(tmp_path / "python.exe"))
    monkeypatch.setattr(build.sysconfig, "get_path", lambda name: str(scripts))
    assert build._uic() == str(scripts / "pyside6-uic.exe")
    (scripts / "pyside6-uic.exe").unlink()
    monkeypatch.setattr(build.shutil, "which", lambda name: None)
    with pytest.raises(build.BuildError, match="pyside6-uic is missing"):
        build._uic()


def test_a_form_uic_cannot_compile_is_one_line_not_a_traceback(
    build: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    forms = tmp_path / "forms"
    forms.mkdir()
    (forms / "broken.ui").write_text("<ui version='4.0'><widget class=", encoding="utf-8")
    monkeypatch.setattr(build, "FORMS", forms)
    monkeypatch.setattr(build, "GENERATED", tmp_path / "generated")
    assert build.main(["check"]) == 1
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last == "build_installer.py check: pyside6-uic failed (exit code 1)"
