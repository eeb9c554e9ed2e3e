"""Tools the model can call: a registry of JSON-schema'd async functions (built-ins and MCP servers)."""
