"""The reader's modal screens, one module per screen or kind of screen (as toolong, posting and harlequin lay out
their widgets); their look is in reader.tcss."""
