"""Distributed runs: `audit run --queue redis://...` enqueues attempts on Celery, and
`audit worker` processes on any machine that reaches the store and the broker run them.

The store stays the source of truth: a worker claims an attempt with a lease in the
store (`results.leases`) and moves it with the store's compare-and-swap, so a task the
broker delivers twice runs once; emails are sent only through the journal's
`planned -> sending` swap; one worker at a time watches a mailbox (a lease on the
account). Politeness and daily caps are kept in Redis, shared by every worker.
"""
