"""Dialogs of the return-visit desk (回访)."""
