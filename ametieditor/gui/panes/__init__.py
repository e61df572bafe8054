"""One pane per part of the document; all share the interface of :class:`~.base.Pane`."""
