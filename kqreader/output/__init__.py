"""What leaves kqreader as text: citations, the JSON, CSV and Markdown exports, the statistics as a table, a set as
plain text. No Textual here."""
