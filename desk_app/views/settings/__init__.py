"""The Settings screen and its sub-pages (site, organisation, users, language, backup, calendar, audit)."""
