"""The store, imports and CLI on a real PostgreSQL server the tests start themselves."""
