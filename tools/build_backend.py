"""The package's build backend: setuptools, after compiling the translations (.ts → .qm) so that the wheel
ships them. Declared in pyproject.toml ([build-system] backend-path = ["tools"])."""

from __future__ import annotations

from build_translations import compile_all
from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 - the rest of the PEP 517 interface, unchanged


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    compile_all()
    return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    compile_all()
    return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)


def get_requires_for_build_wheel(config_settings=None):
    return _setuptools.get_requires_for_build_wheel(config_settings)
