"""Several laptops, one venue: the merge rules, merging files, syncing through the team's server."""
