"""Qt views: the main window, one module per page, dialogs, table models and prompts."""
