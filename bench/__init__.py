"""Benchmarks at season scale, reported as ratios against floors measured in the same run."""
