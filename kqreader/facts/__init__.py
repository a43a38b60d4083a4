"""What one question set says and how it stands, worked out from the set alone: answer kinds, promises and their
due days, timeliness, the ministries, parties and ministers named, the sets and documents it refers to. Below the
store (the import writes these facts into the reader files); imports text, the model and i18n only."""
