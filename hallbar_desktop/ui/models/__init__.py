"""Qt table models over tuples of domain objects."""
