"""The workshop window's side of participants answering on their phones (F7)."""
