"""The Tweede Kamer's open data: the client and its cache, the watch list and what changed on it (digests, the
reader's "new" marks). Imports into the store; no Textual here."""
