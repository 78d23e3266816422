"""The archive (档案): buildings, entrances, units, people and their relations."""
