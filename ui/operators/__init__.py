"""The operators page: accounts, roles, PINs and password resets (administrators)."""
