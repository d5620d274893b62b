"""peristiwa: political event coding for Indonesian and English news."""

__version__ = "0.1.0"
