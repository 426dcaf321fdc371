"""Scaffolding: new portals, courses and modules from shipped templates."""
