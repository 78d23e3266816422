"""Renovation filings, temporary passes and their printouts."""
