"""Mediator Desk: offline desktop tool for cultural mediators."""

__version__ = "0.1.0"
APP_NAME = "Mediator Desk"
APP_ID = "mediator-desk"
DESKTOP_ID = "io.github.mediatordesk.MediatorDesk"  # the desktop entry and AppStream id (resources/desktop)
