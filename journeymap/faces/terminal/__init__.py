"""Terminal faces: the map (`show`), the report and the diff, drawn for a terminal of a given width."""
