"""Text at the bottom of everything: folding case and diacritics, Dutch dates, sentences, and making untrusted text
safe to show. Imports only the model and i18n."""
