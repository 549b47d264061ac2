"""Excel and PDF renderers of the summary read model; import the domain only, never Qt or storage."""
