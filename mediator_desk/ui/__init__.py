"""Generated from forms/ by tools/build_forms.py; never edit by hand."""
