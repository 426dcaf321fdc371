"""Report formats of ``lxkit lint``: text, json, github (workflow annotations) and sarif.

- :mod:`.base` -- what every formatter receives, and the formatter interface.
- :mod:`.text`, :mod:`.json`, :mod:`.github`, :mod:`.sarif` -- one format each.
- :mod:`.registry` -- the formats by name, as ``--format`` offers them.
"""
