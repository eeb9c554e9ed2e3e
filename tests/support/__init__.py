"""Helpers shared by the test suite: a served app on a free port, settings in a temp folder."""
