"""Renovation forms: filings, workers, inspections, passes."""
