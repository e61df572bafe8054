"""The Qt interface. Everything here edits the model through undoable commands."""
