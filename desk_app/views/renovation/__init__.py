"""The renovation page: filings, their detail, passes."""
