"""Ships resources/ inside the wheel as hallbar_desktop/resources; the rest is in pyproject.toml.

The repository keeps resources/ beside the package, where the PyInstaller build and the source tree
find them; a plain `pip install .` would leave them out, so they are mapped into the package here.
hallbar_desktop/paths.py looks for them in all three places."""

from pathlib import Path

from setuptools import find_packages, setup

RESOURCES = Path(__file__).resolve().parent / "resources"


def _package_name(folder: Path) -> str:
    return ".".join(["hallbar_desktop", "resources", *folder.relative_to(RESOURCES).parts])


# One package per resource folder, so setuptools copies each folder's files as package data.
resource_packages = {
    _package_name(folder): folder.relative_to(RESOURCES.parent).as_posix()
    for folder in [RESOURCES, *sorted(p for p in RESOURCES.rglob("*") if p.is_dir())]
}

setup(
    packages=[*find_packages(include=["hallbar_desktop*"]), *resource_packages],
    package_dir=resource_packages,
    package_data={package: ["*"] for package in resource_packages},
)
