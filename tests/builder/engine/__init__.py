"""Tests of lxkit.builder.engine: cache, digests, incremental builds, search index splicing."""
