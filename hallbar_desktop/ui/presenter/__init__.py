"""The shared screen: the participant view on the projector and the facilitator's room controls."""
