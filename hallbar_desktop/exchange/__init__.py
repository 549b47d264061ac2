"""The .hallbar workshop package for moving workshops between computers; imports the domain only."""
