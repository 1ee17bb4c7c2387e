"""Words for sign-in delays, audit sealing and anchors, approvals and the site key's protection."""
