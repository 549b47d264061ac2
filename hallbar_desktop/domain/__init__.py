"""Workshop model and rules; pure Python, imports only the standard library and itself."""
