"""File input and output below every format: atomic saves, safe XML, safe ZIP,
size limits and the user-facing error type.

This layer knows no document model and no widgets; formats, storage, wording
and spelling all build on it.
"""
