"""Work orders (报事/报修): registration, the steps from dispatch to return visit, queues and lists."""
