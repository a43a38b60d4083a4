"""`python -m kqreader` runs the same command line as the `kqreader` script."""

from kqreader.cli import main

raise SystemExit(main())
