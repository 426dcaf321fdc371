"""The LRS to read from: what to write when the address or the reading credential is wrong."""

from __future__ import annotations

import pytest

from lxkit.exceptions import UsageError
from lxkit.insights.settings import lrs_access


def test_an_address_without_http_gets_the_one_to_write() -> None:
    with pytest.raises(UsageError) as given:
        lrs_access("127.0.0.1:8100/xAPI/", {"LXKIT_LRS_CREDENTIAL": "reader:secret"})
    assert given.value.message == (
        "the LRS endpoint '127.0.0.1:8100/xAPI/' (from --lrs) is no web address: write --lrs http://127.0.0.1:8100/xAPI/"
    )
    with pytest.raises(UsageError) as given:
        lrs_access(None, {"LXKIT_LRS_ENDPOINT": "lrs.example.com/xAPI/", "LXKIT_LRS_CREDENTIAL": "reader:secret"})
    assert given.value.message.endswith("write export LXKIT_LRS_ENDPOINT=http://lrs.example.com/xAPI/")


def test_a_credential_without_user_says_what_is_missing() -> None:
    with pytest.raises(UsageError) as given:
        lrs_access("http://127.0.0.1:8100/xAPI/", {"LXKIT_LRS_CREDENTIAL": "secret"})
    assert given.value.message.startswith(
        "LXKIT_LRS_CREDENTIAL has no ':' between user and password: set LXKIT_LRS_CREDENTIAL=user:password"
    )


def test_the_endpoint_gets_its_trailing_slash_and_where_it_was_given() -> None:
    access = lrs_access(None, {"LXKIT_LRS_ENDPOINT": "http://h/xAPI", "LXKIT_LRS_CREDENTIAL": "r:s"})
    assert (access.endpoint, access.given_in) == ("http://h/xAPI/", "LXKIT_LRS_ENDPOINT")
