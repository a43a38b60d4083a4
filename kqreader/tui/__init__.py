"""The Textual reader. Only this package imports Textual."""
