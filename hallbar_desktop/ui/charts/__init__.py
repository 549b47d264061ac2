"""Charts drawn with QPainter from the domain's read models."""
