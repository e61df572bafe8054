"""Modules generated from forms/*.ui by scripts/compile_forms.py."""
