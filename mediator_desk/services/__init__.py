"""Use cases and rules: pure functions and dataclasses over the db layer, owning their transactions."""
