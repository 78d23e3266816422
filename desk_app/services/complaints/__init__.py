"""Complaints, suggestions and praise (投诉 / 建议 / 表扬): registration, handling, escalation, queues, figures."""
