"""Dialogs, each built from a form in forms/dialogs/."""
