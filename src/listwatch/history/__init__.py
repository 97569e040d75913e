"""Diffs between snapshots and entry timelines (official changes + legal events)."""
