"""Pure values computed from a map: the layout every face draws, the report, the diff."""
