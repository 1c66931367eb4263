"""The program's version, kept in the core so that files the core writes can name it."""

__version__ = "0.1.0"
