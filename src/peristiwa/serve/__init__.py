"""The HTTP API and the dashboard (``peristiwa serve``)."""
