"""Mining a document for its own definitions: appendix extraction (extract, extract_layouts),
jargon candidates (discover) and the document glossary built from them (learn).

Nothing is imported here: import a module of the package by its full name.
"""
