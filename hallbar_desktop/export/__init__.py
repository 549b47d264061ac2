"""Excel and PDF renderers of the summary read model; import the domain, never Qt or storage."""
