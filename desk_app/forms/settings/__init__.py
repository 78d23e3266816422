"""Data-entry dialogs of the Settings screen."""
