"""Qt table models over tuples of domain objects."""

# Rows a header measures for ResizeToContents: enough for a fair width, few enough that a table
# of hundreds of rows does not stall the window on every refresh.
RESIZE_SAMPLE_ROWS = 50
