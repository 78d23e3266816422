"""The archive screen (档案): the building tree, unit and person cards."""
