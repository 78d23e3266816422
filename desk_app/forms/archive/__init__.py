"""Data-entry dialogs of the archive: buildings, entrances, units, people and their relations."""
