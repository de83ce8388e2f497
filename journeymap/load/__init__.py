"""Loading a map: bytes to a typed model with positions, and the E1xx findings."""
