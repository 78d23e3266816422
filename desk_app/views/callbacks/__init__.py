"""The "Return visits & surveys" section: the return-visit queue (回访) and the supervisor's rework list."""
