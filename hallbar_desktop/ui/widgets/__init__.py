"""Small reusable widgets used by the forms (promoted in Designer)."""
