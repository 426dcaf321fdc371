"""lxkit: write flipped-classroom courses as Markdown, lint their pedagogy, publish a learning portal.

Map of the package (each sub-package's ``__init__`` has the map of that part):

- The command line: :mod:`lxkit.__main__` (top-level group, ``main``), :mod:`lxkit.cli` (each
  command's flags and help), :mod:`lxkit.commands` (what each command does).
- Reading a portal: :mod:`.config` (``mkdocs.yml``), :mod:`.portal_loading` (config and courses,
  the first step of most commands), :mod:`.loader` (course folders -> model, problems as findings),
  :mod:`.sourcefile` (one file: front-matter and YAML with line numbers), :mod:`.validation`
  (JSON Schemas, in an author's words), :mod:`.front_matter` (front-matter -> model),
  :mod:`.values` and :mod:`.authorvalues` (loosely typed values), :mod:`.yamlwords` (YAML
  mistakes explained), :mod:`.limits` (size limits), :mod:`.boundary` (which files may be read),
  :mod:`.markdown` (the one Markdown parser), :mod:`.placeholders` (template guidance left in).
- The model and its rules: :mod:`.model` (portal -> courses -> modules), :mod:`.schedule` (the week
  a module counts in, follow-ups after the course, weekly workload), :mod:`.slugs` (keys from author
  text), :mod:`.codeowners` (owners per course folder), :mod:`.handout_names` (the handouts' file
  names, which course files may not take).
- Results and errors: :mod:`.findings`, :mod:`.problems` (the loader's codes), :mod:`.exceptions`
  (exit codes), :mod:`.console` (terminal output).
- Edges: :mod:`.git`, :mod:`.scratch` (temporary folders), :mod:`.resources` (shipped theme and
  templates), :mod:`.weburls` (the one reader of URLs from course files and settings),
  :mod:`.cores` (CPU cores worker processes may use).
- Sub-packages: :mod:`.lint` (rules), :mod:`.fix` (safe fixes), :mod:`.lsp` (language server),
  :mod:`.formatters` (lint reports), :mod:`.schema` (JSON Schemas), :mod:`.scaffold` (``new``),
  :mod:`.plan` (course plans in spreadsheets), :mod:`.builder` (the portal build), :mod:`.serve`
  (preview), :mod:`.publish` (versioned deploy trees), :mod:`.review` (pull-request reports),
  :mod:`.export` (cmi5 and SCORM packages, PDF handouts), :mod:`.tracking` (xAPI settings of the pages),
  :mod:`.insights` (learning records -> the trainer's figures).
"""

__version__ = "0.1.0"
