"""Build steps for hallbar-desktop: forms, icons, the PyInstaller bundle, its self-test and archive.

Usage: python build_installer.py [forms | check | translations | resources | bundle | all]
Without a step it does `all`: compile the forms that are out of date, render the icons, build
the one-folder bundle (installer/hallbar.spec), run its --self-test offscreen and pack it into
dist/Hallbar-<version>-<platform>.tar.gz (.zip on Windows and macOS). PyInstaller does not
cross-compile: run the same script on each system (docs/installing.md)."""

from __future__ import annotations

import argparse
import ast
import os
import platform
import re
import shutil
import stat
import struct
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

ROOT = Path(__file__).resolve().parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "hallbar_desktop" / "ui" / "generated"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
ICONS = BUILD / "icons"
SPEC = ROOT / "installer" / "hallbar.spec"
APP_ICON_SVG = ROOT / "resources" / "app_icon" / "hallbar.svg"

BUNDLE_NAME = "Hallbar"  # the folder in dist/ and in the archive, and the windowed program
CONSOLE_NAME = "hallbar"  # the command, as in a pip install
# Windows file names ignore case, so Hallbar.exe and hallbar.exe cannot sit side by side. The
# console program is built under this name and renamed to hallbar.com afterwards: a .com that
# is really a Windows executable, which `hallbar` in a terminal finds before Hallbar.exe
# because PATHEXT lists .COM first (Visual Studio's devenv.com/devenv.exe use the same trick).
WINDOWS_CONSOLE_BUILD_NAME = "hallbar-console"
WINDOWS_CONSOLE_NAME = "hallbar.com"
MACOS_BUNDLE_ID = "se.hallbar.desktop"

# Modules the app never imports, left out even if a dependency mentions them: test and
# packaging tools, GUI toolkits other than Qt, Qt modules beyond Core, Gui, Widgets and Svg (their
# shared libraries stay where Qt itself links them), and Pillow's image codecs that neither
# reportlab nor openpyxl use for our files (reportlab imports Pillow, so Pillow itself stays).
EXCLUDED_MODULES = (
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "pdb",
    "lib2to3",
    "pytest",
    "_pytest",
    "pytestqt",
    "importlinter",
    "grimp",
    "PyInstaller",
    "setuptools",
    "pkg_resources",
    "pip",
    "IPython",
    "numpy",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtOpenGL",
    "PySide6.QtTest",
    "PySide6.QtSql",
    "PySide6.QtPrintSupport",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL.ImageQt",
    "PIL.ImageTk",
    "PIL.AvifImagePlugin",
    "PIL.WebPImagePlugin",
    "sqlalchemy.testing",
)

# Qt plugins left out, by plugin folder or by folder/name (name without "lib" and suffix), each
# with the reason the app does not need it. Everything else Qt's hooks collect stays: the
# xcb, Wayland, Windows, macOS and offscreen platforms, input methods (compose keys, IBus),
# the SVG icon engine and the svg/ico image formats.
DROPPED_QT_PLUGINS = {
    "egldeviceintegrations": "EGLFS runs Qt without a window system (kiosks, embedded)",
    "generic": "evdev and TUIO input for EGLFS and linuxfb",
    "networkinformation": "QtNetwork is not used",
    "tls": "QtNetwork is not used",
    "platforms/qeglfs": "no window system: embedded displays",
    "platforms/qlinuxfb": "no window system: the Linux framebuffer",
    "platforms/qminimal": "no output at all; the self-test uses offscreen",
    "platforms/qminimalegl": "no output at all",
    "platforms/qvkkhrdisplay": "Vulkan display without a window system",
    "platforms/qvnc": "serves the window over VNC",
    "platforms/qdirect2d": "experimental Windows platform; qwindows is the default",
    "platformthemes/qgtk3": (
        "GTK dialogs and colours; pulls in GTK, cairo and pango, while the app draws Fusion "
        "with Qt's own dialogs (the desktop portal theme stays)"
    ),
    "styles": "the app sets the Fusion style, which is built into QtWidgets",
    "imageformats/qgif": "the app reads no GIF",
    "imageformats/qicns": "the app reads no ICNS at run time",
    "imageformats/qjpeg": "the app reads no JPEG",
    "imageformats/qpdf": "the app reads no PDF into images",
    "imageformats/qtga": "the app reads no TGA",
    "imageformats/qtiff": "the app reads no TIFF",
    "imageformats/qwbmp": "the app reads no WBMP",
    "imageformats/qwebp": "the app reads no WebP",
    "wayland-shell-integration/ivi-shell": "in-vehicle compositors",
    "wayland-shell-integration/fullscreen-shell-v1": "kiosk compositors",
    "wayland-shell-integration/qt-shell": "compositors built with QtWaylandCompositor",
}
# Qt's own texts in Swedish ("Avbryt", "Spara"); English is Qt's own language.
KEPT_QT_TRANSLATIONS = ("qtbase_sv.qm",)

ICON_PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size.
ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}


class BuildError(Exception):
    """A build step failed; the message says which and what to do."""


# --- forms --------------------------------------------------------------------------------


def _qt_tool(tool: str) -> str:
    # The pyside6 tools are scripts of the Python that runs this one. In a venv they sit beside
    # python, but in a python.org install on Windows python.exe is in the install folder and
    # the scripts (pyside6-uic.exe) in its Scripts folder, so both places are looked in.
    for folder in (Path(sysconfig.get_path("scripts")), Path(sys.executable).parent):
        for name in (tool, f"{tool}.exe"):
            if (folder / name).is_file():
                return str(folder / name)
    found = shutil.which(tool)
    if found is None:
        raise BuildError(f"{tool} is missing: install the project (pip install -e '.[dev]')")
    return found


def _uic() -> str:
    return _qt_tool("pyside6-uic")


def compiled_form(ui_file: Path) -> str:
    """The Python code pyside6-uic makes of one form, without its version-stamped header and
    with only the Qt names it uses imported."""
    out = subprocess.run(
        [_uic(), str(ui_file), "--from-imports"], capture_output=True, text=True, check=True
    ).stdout
    return _used_names_only(_without_stamp(out))


# pyside6-uic imports the same thirty-odd Qt names into every form, used or not. Each name is a
# class PySide makes when first imported, with its Python enums: the Qt namespace alone has 93
# (about 14 ms of CPU), the unused QtGui classes another 5 ms, paid before the first window.
_QT_IMPORT = re.compile(r"^from PySide6\.(\w+) import (?:\(([^)]*)\)|(.+)$)\n", re.MULTILINE)


def _used_names_only(code: str) -> str:
    """``code`` whose `from PySide6.X import (...)` statements keep only the names the rest of
    the code uses; a statement left with none goes."""
    body = _QT_IMPORT.sub("", code)
    used_words = set(re.findall(r"\b\w+\b", body))

    def trimmed(statement: re.Match[str]) -> str:
        listed = statement.group(2) or statement.group(3)
        names = [name.strip() for name in listed.split(",") if name.strip()]
        kept = [name for name in names if name in used_words]
        if not kept:
            return ""
        return f"from PySide6.{statement.group(1)} import ({', '.join(kept)})\n"

    return _QT_IMPORT.sub(trimmed, code)


def _without_stamp(code: str) -> str:
    return "\n".join(
        line for line in code.splitlines() if "Created by: Qt User Interface" not in line
    )


def target_for(ui_file: Path) -> Path:
    return GENERATED / f"ui_{ui_file.stem}.py"


def stale_forms() -> list[Path]:
    stale = []
    for ui_file in sorted(FORMS.glob("*.ui")):
        target = target_for(ui_file)
        current = _without_stamp(target.read_text(encoding="utf-8")) if target.exists() else None
        if current != compiled_form(ui_file):
            stale.append(ui_file)
    return stale


def compile_forms(ui_files: Iterable[Path] | None = None) -> None:
    GENERATED.mkdir(parents=True, exist_ok=True)
    (GENERATED / "__init__.py").write_text(
        '"""Code generated from forms/ by pyside6-uic; do not edit, run '
        '`python build_installer.py forms`."""\n',
        encoding="utf-8",
    )
    for ui_file in sorted(FORMS.glob("*.ui")) if ui_files is None else ui_files:
        target_for(ui_file).write_text(compiled_form(ui_file) + "\n", encoding="utf-8")
        print(f"{ui_file.relative_to(ROOT)} -> {target_for(ui_file).relative_to(ROOT)}")


# --- translations ---------------------------------------------------------------------------

TRANSLATIONS = ROOT / "resources" / "translations"
# Swedish is the source language; its own .ts holds what the source cannot say: the singular
# and plural of every text with a count (%n), which Qt picks by the number. English translates
# every text.
LANGUAGES = ("sv", "en")


def translation_sources() -> list[Path]:
    """The files lupdate reads: the app's Python (its tr() calls) and the Designer forms."""
    code = [
        p for p in sorted((ROOT / "hallbar_desktop").rglob("*.py")) if GENERATED not in p.parents
    ]
    return [*code, *sorted(FORMS.glob("*.ui"))]


def update_translations(target: Path = TRANSLATIONS, languages: Iterable[str] = LANGUAGES) -> None:
    """Bring each .ts up to date with the sources (kept translations stay) and compile it."""
    target.mkdir(parents=True, exist_ok=True)
    for language in languages:
        ts = target / f"hallbar_{language}.ts"
        subprocess.run(
            [
                _qt_tool("pyside6-lupdate"),
                *map(str, translation_sources()),
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "sv_SE",
                "-target-language",
                language,
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )
        compile_translation(ts, ts.with_suffix(".qm"))
        print(f"{_shown(ts)} -> {_shown(ts.with_suffix('.qm'))}")


def compile_translation(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


# --- gettext: the command line's and the exports' texts -------------------------------------

# Text made outside Qt (the `hallbar` command, the exported files) goes through gettext, with
# Swedish source texts like the window's. English translates every one of them; the Swedish
# catalogue translates what Python's argparse says in English (its headings and errors). "_" is
# the hallbar command's (cli._); a module outside the window that calls another "_" would have
# its literals extracted too.
GETTEXT_KEYWORDS = {"gettext": None, "ngettext": (1, 2), "counted": (2, 3), "N_": None, "_": None}
# A text whose Swedish means two things ("Medel": a priority, or a column of means) takes a
# context: texts.pgettext("kolumn", "Medel").
GETTEXT_KEYWORDS["pgettext"] = ((1, "c"), 2)
ARGPARSE_KEYWORDS = {"_": None, "ngettext": (1, 2)}
GETTEXT_HEADER = {
    "sv": "nplurals=2; plural=(n != 1);",
    "en": "nplurals=2; plural=(n != 1);",
}


def gettext_sources() -> list[Path]:
    """The Python files whose gettext texts are the app's: everything outside the window (Qt's
    tr() covers that) and the generated forms."""
    ui = ROOT / "hallbar_desktop" / "ui"
    return [p for p in sorted((ROOT / "hallbar_desktop").rglob("*.py")) if ui not in p.parents]


def gettext_template(language: str) -> Any:
    """The messages the catalogue of ``language`` must hold, as a Babel catalogue."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    template = Catalog(project="hallbar-desktop", fuzzy=False)
    if language == "sv":
        import argparse as argparse_module

        found = extract_from_file("python", argparse_module.__file__, ARGPARSE_KEYWORDS)
        for _line, message, _comments, _context in found:
            template.add(message, flags=_python_flags(message))
        return template
    for source in gettext_sources():
        for _line, message, _comments, context in extract_from_file(
            "python", str(source), GETTEXT_KEYWORDS
        ):
            template.add(message, flags=_python_flags(message), context=context)
    for label in _choice_labels():
        template.add(label)
    return template


def _python_flags(message: str | tuple[str, ...]) -> tuple[str, ...]:
    text = message if isinstance(message, str) else message[0]
    if "%(" in text or "%s" in text or "%r" in text:
        return ("python-format",)
    return ("python-brace-format",) if "{" in text else ()


def _choice_labels() -> list[str]:
    """Every label of a domain choice (the exports show them through ExportTexts.choice)."""
    import importlib
    import inspect
    import pkgutil

    import hallbar_desktop.domain
    from hallbar_desktop.domain.choices import LabelledChoice

    labels: list[str] = []
    for info in pkgutil.iter_modules(hallbar_desktop.domain.__path__):
        module = importlib.import_module(f"hallbar_desktop.domain.{info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, LabelledChoice) and cls.__module__ == module.__name__:
                labels.extend(member.label for member in cls)
    return labels


def gettext_po(language: str, target: Path = TRANSLATIONS) -> Path:
    return target / f"hallbar_{language}.po"


def gettext_mo(language: str, target: Path = TRANSLATIONS) -> Path:
    """Where gettext looks for the compiled catalogue (its own folder layout)."""
    return target / language / "LC_MESSAGES" / "hallbar.mo"


def update_gettext_catalogues(
    target: Path = TRANSLATIONS, languages: Iterable[str] = LANGUAGES
) -> None:
    """Bring each .po up to date with the sources (kept translations stay; a new text whose
    Swedish the window's .ts already translates gets that translation) and compile it."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    for language in languages:
        po = gettext_po(language, target)
        if po.exists():
            with po.open("rb") as stream:
                catalog = read_po(stream, locale=language)
        else:
            catalog = Catalog(locale=language, project="hallbar-desktop", fuzzy=False)
        catalog.update(gettext_template(language), no_fuzzy_matching=True)
        catalog.obsolete.clear()
        catalog.fuzzy = False
        # The same sources give the same file: no dates or tool versions that change by
        # themselves (the drift test compares the committed file with a fresh one).
        catalog.header_comment = f"# The {language} texts of the hallbar command and the exports."
        catalog.project, catalog.version = "hallbar-desktop", "1"
        catalog.msgid_bugs_address = ""
        catalog.creation_date = catalog.revision_date = _CATALOGUE_DATE
        catalog.last_translator = catalog.language_team = "hallbar-desktop"
        catalog.plural_forms  # noqa: B018 - read so Babel settles the header before we set it
        catalog._num_plurals, catalog._plural_expr = _plural_rule(GETTEXT_HEADER[language])
        known = _qt_translations(target / f"hallbar_{language}.ts")
        for message in catalog:
            if message.id and isinstance(message.id, str) and not message.string:
                message.string = known.get(message.id, "")
        with po.open("wb") as stream:
            write_po(stream, catalog, width=100, omit_header=False, sort_output=True)
        compile_gettext(po, gettext_mo(language, target))
        print(f"{_shown(po)} -> {_shown(gettext_mo(language, target))}")


_CATALOGUE_DATE = datetime(2026, 1, 1, tzinfo=UTC)


def _plural_rule(header: str) -> tuple[int, str]:
    count, rule = header.split(";", 1)
    return int(count.split("=")[1]), rule.strip().removeprefix("plural=").rstrip(";").strip()


def _qt_translations(ts: Path) -> dict[str, str]:
    """The window's finished translations (source -> translation), a translation memory."""
    import xml.etree.ElementTree as ElementTree

    if not ts.exists():
        return {}
    found: dict[str, str] = {}
    for message in ElementTree.parse(ts).getroot().iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or translation.get("type") or not translation.text:
            continue
        if message.get("numerus") != "yes":
            found.setdefault(source.text or "", translation.text)
    return found


def compile_gettext(po: Path, mo: Path) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as stream:
        catalog = read_po(stream)
    mo.parent.mkdir(parents=True, exist_ok=True)
    with mo.open("wb") as stream:
        write_mo(stream, catalog, use_fuzzy=False)


def _shown(path: Path) -> str:
    """A path as the builder reads it best: relative to the repository when inside it."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


# --- resources: the app icon for Windows and macOS -----------------------------------------


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at size × size pixels, as PNG bytes (Qt's SVG renderer, offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["build_installer"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise BuildError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (Windows Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding the PNGs whose sizes ICNS has an element type for."""
    elements = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(pngs.items())
        if size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def render_icons(out: Path = ICONS, svg: Path = APP_ICON_SVG) -> tuple[Path, Path]:
    """Write hallbar.ico and hallbar.icns from the SVG (both made here, not kept in git)."""
    out.mkdir(parents=True, exist_ok=True)
    sizes = sorted({*ICON_PNG_SIZES, *ICNS_TYPES})
    pngs = {size: render_png(svg, size) for size in sizes}
    ico = out / "hallbar.ico"
    ico.write_bytes(ico_bytes({s: pngs[s] for s in ICON_PNG_SIZES}))
    icns = out / "hallbar.icns"
    icns.write_bytes(icns_bytes({s: pngs[s] for s in ICNS_TYPES}))
    for path in (ico, icns):
        print(f"{_shown(svg)} -> {_shown(path)}")
    return ico, icns


# --- settings the spec reads ---------------------------------------------------------------


def app_version() -> str:
    """hallbar_desktop.__version__, read without importing the package."""
    tree = ast.parse((ROOT / "hallbar_desktop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise BuildError("hallbar_desktop/__init__.py has no __version__")


def platform_tag(system: str = sys.platform, machine: str = platform.machine()) -> str:
    """e.g. linux-x86_64, windows-x86_64, macos-arm64."""
    name = {"win32": "windows", "darwin": "macos"}.get(system, system.rstrip("0123456789"))
    arch = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(
        machine.lower(), machine.lower()
    )
    return f"{name}-{arch}"


def archive_name(
    version: str, system: str = sys.platform, machine: str = platform.machine()
) -> str:
    suffix = ".tar.gz" if platform_tag(system, machine).startswith("linux") else ".zip"
    return f"{BUNDLE_NAME}-{version}-{platform_tag(system, machine)}{suffix}"


def app_modules(package: Path = ROOT / "hallbar_desktop") -> list[str]:
    """Every module of the app. Step pages and migrations are imported by name at run time,
    which PyInstaller's import analysis cannot see, so all of them are named as hidden imports."""
    names = []
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def qt_plugin_kept(destination: str) -> bool:
    """Whether a Qt plugin collected to ``destination`` (.../plugins/<type>/<file>) stays."""
    path = PurePosixPath(destination.replace("\\", "/"))
    if "plugins" not in path.parts:
        return True
    inside = path.parts[path.parts.index("plugins") + 1 :]
    if not inside:
        return True
    kind = inside[0]
    if kind in DROPPED_QT_PLUGINS:
        return False
    if len(inside) < 2:
        return True
    name = inside[-1].split(".")[0].removeprefix("lib")
    return f"{kind}/{name}" not in DROPPED_QT_PLUGINS


def qt_translation_kept(destination: str) -> bool:
    path = PurePosixPath(destination.replace("\\", "/"))
    if "translations" not in path.parts[:-1]:
        return True
    return path.name in KEPT_QT_TRANSLATIONS


def trim_qt_collection() -> None:
    """Make PyInstaller's Qt hooks collect only the plugins and translations the app uses.

    The hooks gather every plugin of each type Qt's libraries name, and all translations.
    Filtering here, before PyInstaller looks for the libraries each plugin needs, also keeps
    those libraries out (the GTK theme plugin alone pulls in GTK, cairo and pango); removing
    files after the build would leave them behind. Called from installer/hallbar.spec."""
    from PyInstaller.utils.hooks import qt

    original = qt.QtLibraryInfo.collect_module
    if getattr(original, "trimmed_for_hallbar", False):
        return

    def collect_module(self: Any, module_name: str) -> tuple[list, list, list]:
        hiddenimports, binaries, datas = original(self, module_name)
        binaries = [(s, d) for s, d in binaries if qt_plugin_kept(f"{d}/{Path(s).name}")]
        datas = [(s, d) for s, d in datas if qt_translation_kept(f"{d}/{Path(s).name}")]
        return hiddenimports, binaries, datas

    collect_module.trimmed_for_hallbar = True  # type: ignore[attr-defined]
    qt.QtLibraryInfo.collect_module = collect_module  # type: ignore[method-assign]


def windows_version_info(version: str) -> Any:
    """The version resource Windows shows in the file's properties (Picard ships one too)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = tuple(int(part) for part in version.split(".")[:3])
    numbers = (*numbers, *(0,) * (4 - len(numbers)))
    strings = {
        "CompanyName": "hallbar-desktop",
        "FileDescription": "Hållbar förändring – workshoppar om förändringsberedskap",
        "FileVersion": version,
        "InternalName": BUNDLE_NAME,
        "LegalCopyright": "hallbar-desktop",
        "OriginalFilename": f"{BUNDLE_NAME}.exe",
        "ProductName": "Hållbar förändring",
        "ProductVersion": version,
    }
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            # 041D04B0: Swedish, Unicode.
            vi.StringFileInfo(
                [vi.StringTable("041D04B0", [vi.StringStruct(k, v) for k, v in strings.items()])]
            ),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x041D, 1200])]),
        ],
    )


# --- bundle, self-test, archive ------------------------------------------------------------


def icon_file() -> str | None:
    """The icon PyInstaller puts on the programs; Linux programs carry none."""
    if sys.platform == "win32":
        return str(ICONS / "hallbar.ico")
    if sys.platform == "darwin":
        return str(ICONS / "hallbar.icns")
    return None


def bundle_folder() -> Path:
    return DIST / (f"{BUNDLE_NAME}.app" if sys.platform == "darwin" else BUNDLE_NAME)


def console_program(folder: Path) -> Path:
    """The program that runs `hallbar` commands in the bundle, on this system."""
    if sys.platform == "win32":
        return folder / WINDOWS_CONSOLE_NAME
    if sys.platform == "darwin":
        return folder / "Contents" / "MacOS" / BUNDLE_NAME
    return folder / CONSOLE_NAME


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under ``folder`` (symbolic links count as nothing)."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    return total, files


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def run_pyinstaller() -> Path:
    try:
        import PyInstaller.__main__
    except ImportError:
        raise BuildError(
            "PyInstaller is missing: install the dev extra (pip install -e '.[dev]')"
        ) from None
    if not (ICONS / "hallbar.ico").exists() or not (ICONS / "hallbar.icns").exists():
        render_icons()
    PyInstaller.__main__.run(
        [
            str(SPEC),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
        ]
    )
    folder = bundle_folder()
    if sys.platform == "win32":
        built = folder / f"{WINDOWS_CONSOLE_BUILD_NAME}.exe"
        built.replace(folder / WINDOWS_CONSOLE_NAME)
    if not console_program(folder).is_file():
        raise BuildError(f"PyInstaller made no {console_program(folder)}")
    return folder


# What Qt's X11 plugin needs besides the X libraries every desktop has (README, Start here).
X11_BUILD_PACKAGES = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"


def not_found_libraries(ldd_output: str) -> list[str]:
    """The libraries ldd could not resolve, by name."""
    return sorted(
        {line.split("=>")[0].strip() for line in ldd_output.splitlines() if "not found" in line}
    )


def check_x11_plugin(folder: Path) -> None:
    """On Linux, fail if Qt's X11 plugin in the bundle needs a library that is not in it.

    PyInstaller copies the plugin's libraries from the build machine; one missing there is
    missing in the bundle too, and the app would then not start on an X11 desktop that lacks
    it (libxcb-cursor0 is not installed by default on many). The offscreen self-test cannot see
    this, so it is checked here. Wayland's own libraries are left to the system on purpose."""
    if not sys.platform.startswith("linux"):
        return
    internal = folder / "_internal"
    plugin = internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        raise BuildError(f"the bundle has no X11 platform plugin ({plugin.name})")
    search = os.pathsep.join([str(internal), str(internal / "PySide6" / "Qt" / "lib")])
    output = subprocess.run(
        ["ldd", str(plugin)],
        capture_output=True,
        text=True,
        env={**os.environ, "LD_LIBRARY_PATH": search},
        check=True,
    ).stdout
    missing = not_found_libraries(output)
    if missing:
        raise BuildError(
            f"Qt's X11 plugin needs {', '.join(missing)}, missing on this build machine and so "
            f"in the bundle; install them and build again (apt-get install {X11_BUILD_PACKAGES})"
        )


def self_test_environment(home: Path) -> dict[str, str]:
    """This environment without Python's own settings, with an empty home and no screen."""
    skipped = {"PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV", "PYTHONSAFEPATH"}
    environment = {k: v for k, v in os.environ.items() if k not in skipped}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    if sys.platform != "win32":
        # Fontconfig caches and the like go to a throw-away home, not the builder's.
        environment |= {
            "HOME": str(home),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
        }
    return environment


def self_test_bundle(folder: Path) -> None:
    program = console_program(folder)
    print(f"Self-test: {_shown(program)} --self-test (offscreen)")
    with tempfile.TemporaryDirectory(prefix="hallbar-build-") as scratch:
        result = subprocess.run(
            [str(program), "--self-test"],
            cwd=scratch,
            env=self_test_environment(Path(scratch)),
            timeout=600,
            check=False,
        )
    if result.returncode != 0:
        raise BuildError(f"the bundle's self-test failed (exit code {result.returncode})")


def _archive_members(folder: Path) -> Iterator[tuple[Path, str]]:
    yield folder, folder.name
    for path in sorted(folder.rglob("*")):
        yield path, f"{folder.name}/{path.relative_to(folder).as_posix()}"


def write_archive(folder: Path, target: Path) -> Path:
    """Pack ``folder`` as one top folder into a .tar.gz or .zip, keeping links and exec bits."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    if target.name.endswith(".tar.gz"):

        def tidy(info: tarfile.TarInfo) -> tarfile.TarInfo:
            # The builder's user and group mean nothing on the machine that unpacks it.
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            return info

        with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
            archive.add(folder, arcname=folder.name, filter=tidy)
    else:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            for path, name in _archive_members(folder):
                mode = path.lstat().st_mode
                if path.is_symlink():
                    # A macOS .app links its frameworks; a zip keeps a link as its target text
                    # marked S_IFLNK (what `zip -y` does), which macOS's unpacker restores.
                    info = zipfile.ZipInfo(name)
                    info.external_attr = (stat.S_IFLNK | 0o777) << 16
                    archive.writestr(info, os.readlink(path))
                elif path.is_dir():
                    info = zipfile.ZipInfo(name + "/")
                    info.external_attr = (stat.S_IFDIR | 0o755) << 16 | 0x10
                    archive.writestr(info, b"")
                else:
                    info = zipfile.ZipInfo.from_file(path, name)
                    info.external_attr = (stat.S_IFREG | stat.S_IMODE(mode)) << 16
                    info.compress_type = zipfile.ZIP_DEFLATED
                    with path.open("rb") as source, archive.open(info, "w") as sink:
                        shutil.copyfileobj(source, sink, 1 << 20)
    partial.replace(target)
    return target


def bundle() -> Path:
    """Build the bundle, report its size, self-test it and pack it; return the archive."""
    started = time.monotonic()
    folder = run_pyinstaller()
    size, files = folder_size(folder)
    print(f"Bundle: {_shown(folder)}: {megabytes(size)} in {files} files")
    check_x11_plugin(folder)
    self_test_bundle(folder)
    archive = write_archive(folder, DIST / archive_name(app_version()))
    print(f"Archive: {_shown(archive)}: {megabytes(archive.stat().st_size)}")
    print(f"Built in {time.monotonic() - started:.0f} s")
    return archive


# --- command line --------------------------------------------------------------------------


def check_forms() -> int:
    stale = stale_forms()
    for ui_file in stale:
        target = target_for(ui_file).relative_to(ROOT)
        print(f"out of date: {target} (run: python build_installer.py forms)")
    return 1 if stale else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "step",
        nargs="?",
        default="all",
        choices=["forms", "check", "translations", "resources", "bundle", "all"],
        help="forms: compile forms/*.ui; check: exit 1 if a compiled form is out of date; "
        "translations: update resources/translations/*.ts and *.po from the sources and compile "
        "them; "
        "resources: render the app icons; bundle: PyInstaller bundle, self-test and archive; "
        "all (the default): the forms that are out of date, resources, bundle",
    )
    args = parser.parse_args(argv)
    try:
        if args.step == "forms":
            compile_forms()
        elif args.step == "check":
            return check_forms()
        elif args.step == "translations":
            update_translations()
            update_gettext_catalogues()
        elif args.step == "resources":
            render_icons()
        elif args.step == "bundle":
            bundle()
        else:
            stale = stale_forms()
            if stale:
                compile_forms(stale)
            render_icons()
            bundle()
    except BuildError as error:
        print(f"build_installer.py {args.step}: {error}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as error:
        # pyside6-uic on a broken .ui, or ldd: their own output above says why.
        program = Path(str(error.cmd[0])).name
        print(
            f"build_installer.py {args.step}: {program} failed (exit code {error.returncode})",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
