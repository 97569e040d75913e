"""The HTTP service: JSON API (yente-compatible /match and /search) and web pages."""
