"""Participants answering from their own phones over the room's network; no Qt, no ui."""
