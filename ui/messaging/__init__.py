"""The messaging pane for the main window's right-hand dock (DESIGN §9, §10)."""
