"""Report sources, one module per area: each turns its area's records into report facts."""
