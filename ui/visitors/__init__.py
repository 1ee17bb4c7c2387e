"""The visitor log's pages: check-in and the on-site list, history, directory, watchlist, slips."""
