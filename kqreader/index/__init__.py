"""What the reader files hold besides the summaries: what a word is (one definition for the index and the filter),
the word index, and the list's rows. Data structures only: no files, no store."""
