"""Which files the package ships, found from the tree (the rest of the metadata is in pyproject.toml).

Every folder under mediator_desk/ is a package, found automatically, so a new one can never be left out of the
wheel; the top-level resources/ folder ships inside the package as mediator_desk/resources, with every file in it
(the .qm translations are compiled from the .ts sources by tools/build_backend.py before this runs).
tests/unit/test_packaging.py builds the wheel and compares it with the source tree."""

from setuptools import find_namespace_packages, setup

SKIP = ["*__pycache__", "*.egg-info"]
CODE = find_namespace_packages(include=["mediator_desk", "mediator_desk.*"], exclude=SKIP)
RESOURCES = ["mediator_desk.resources"] + [
    f"mediator_desk.resources.{name}" for name in find_namespace_packages("resources", exclude=SKIP)]

setup(
    packages=CODE + RESOURCES,
    package_dir={"mediator_desk.resources": "resources"},
    package_data={"mediator_desk.db.migrations": ["*.mako"], **{name: ["*"] for name in RESOURCES}},
)
