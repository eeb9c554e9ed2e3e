"""The only package that knows the OpenAI wire format (and imports openai)."""
