"""The visit log (来访登记): walk-ins, on-site list, log views, badges, visitor ID purge."""
