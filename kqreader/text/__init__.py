"""Text at the bottom of everything: folding case and diacritics, Dutch dates, sentences, making untrusted text
safe to show, and the wording of the parser's doubts. Imports only the model and i18n."""
