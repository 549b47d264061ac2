"""hallbar-desktop: change-readiness workshops for sustainability integration."""

__version__ = "0.1.0"
