"""Mining a document for its own definitions: extraction of its 名词解释 appendix (extract,
over appendix, components and extract_layouts; document and senses_yaml write the result as
glossary YAML), jargon candidates with their inline definitions (discover, over slogans and
enumerations) and the document glossary built from them (learn).

Nothing is imported here: import a module of the package by its full name.
"""
