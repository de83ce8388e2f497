"""Running the rules: engine, selection, configuration, file discovery, the catalogue of codes."""
