"""Tests of lxkit.builder.content: page data and staged pages."""
