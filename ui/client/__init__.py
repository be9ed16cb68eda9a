"""The integral client view: the workplace's central widget, its sections, dialogs and item models."""
