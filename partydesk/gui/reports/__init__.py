"""Reports menu, PDF preview and printing."""
