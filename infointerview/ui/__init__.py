"""Everything Qt: windows, views, item models, dialogs."""
