"""Code generated from forms/ by pyside6-uic; do not edit, run `python build_installer.py forms`."""
