"""The money section (收费): receipts, the day-close and the fee table."""
