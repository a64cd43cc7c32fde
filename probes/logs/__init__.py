"""Observers that are people: call logs, returns logs and the phone stopwatch.

Each turns what a person logged into `Observation`s, like any probe, and never a
score: `calls` (a calls CSV), `returns` (a returns CSV), `stopwatch` (a call timed
live with single keys). `rows` and `csv_stream` read CSV logs as a stream. Which
campaign a logged row belongs to is the application's business (`audit.log_routing`).
"""
