"""Before the workspace: first-run setup, sign-in, the lock screen and the forced password change."""
