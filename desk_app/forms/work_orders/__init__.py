"""Data-entry dialogs of work orders: registration and every step (dispatch … return visit)."""
