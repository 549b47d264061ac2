"""Inmatningsläge: participants take turns at the facilitator's computer to answer in private."""
