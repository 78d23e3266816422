"""Work orders (报事 / 报修): the list, the detail with its timeline and actions, slip printing."""
