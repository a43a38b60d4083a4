"""Finding sets in the store: the catalog the reader and the commands browse (rows, orders, filtering), the filter
language, whether a promise is kept, and similar sets. No Textual here."""
