"""The glossary as data: its model (model), YAML reading (yamlnodes), the compiled cache
(cache), the linter (lint), numeral checks (numerals) and the gazetteer of places (gazetteer).

Nothing is imported here: import a module of the package by its full name.
"""
