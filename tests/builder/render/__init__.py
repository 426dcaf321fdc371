"""Tests of lxkit.builder.render: search entries, page shells, site links."""
