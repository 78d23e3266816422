"""Money dialogs: the receipt form, the void dialog, the day-close dialog (and the refund dialog)."""
