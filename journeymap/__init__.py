"""journeymap: customer journey maps as YAML, checked, analysed and rendered."""

__version__ = "0.1.0"
