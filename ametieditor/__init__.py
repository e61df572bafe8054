"""Ametieditor: an editor for Estonian public-sector job descriptions."""

__version__ = "0.1.0"
