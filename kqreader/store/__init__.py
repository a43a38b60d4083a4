"""Where documents are kept: the TinyDB month shards and their manifest, the import session that changes them
together or not at all, the derived reader files and the list's shape, marks, atomic writes, repair. Reads
documents through parsing; knows nothing of queries or screens."""
