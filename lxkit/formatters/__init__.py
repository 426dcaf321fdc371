"""Report formats of ``lxkit lint``: text, json, github (workflow annotations) and sarif."""
