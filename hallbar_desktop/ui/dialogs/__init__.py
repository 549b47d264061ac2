"""Dialogs opened from the library and the workshop window."""
