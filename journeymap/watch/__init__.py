"""Long-running commands that follow a map as it is saved: the file watcher and the redraw loop of `render --watch`."""
