"""One page per workshop step; each reads the open workshop and edits it through undo commands."""
