"""kqreader: read Dutch parliamentary written questions beside the government's answers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kqreader")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
