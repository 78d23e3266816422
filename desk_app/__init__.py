"""Front-desk program of a property-management service centre (物业服务中心前台)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("desk-app")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
