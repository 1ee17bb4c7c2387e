"""Export sources, one module per list: columns and a paged row iterator over the service."""
