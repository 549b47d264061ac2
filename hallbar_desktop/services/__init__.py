"""Use cases, one transaction each; imports the domain only, reaching storage through ports."""
