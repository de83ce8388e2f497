"""`journeymap serve`: one map as a local page that updates itself when the file is saved."""
