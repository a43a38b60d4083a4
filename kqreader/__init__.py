"""kqreader: read Dutch parliamentary written questions beside the government's answers."""

__version__ = "0.1.0"  # the package version (hatch reads it from here); no importlib.metadata at startup
