"""Measured data: the survey files a map names (``data:``), read into counted answers.

files (opening, encodings, delimiters) · layout (which column holds what) ·
count (streaming counts of raw answers) · values (what they mean) · attach
(the entry point the loader calls).
"""

from journeymap.load.data.attach import attach_data, default_opener
from journeymap.load.data.files import DEFAULT_MAX_DATA_BYTES

__all__ = ["DEFAULT_MAX_DATA_BYTES", "attach_data", "default_opener"]
