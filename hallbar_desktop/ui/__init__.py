"""The PySide6 interface; calls services and reads domain values, never storage or export."""
