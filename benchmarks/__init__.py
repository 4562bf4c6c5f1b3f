"""Benchmarks reported as ratios against a reference workload run in the same process."""
