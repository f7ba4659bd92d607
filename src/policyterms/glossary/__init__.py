"""The glossary as data: its model (model); where its files are (files), reading and
validating them (read, over yamlnodes) and loading them for use (load, through the compiled
cache); the linter (lint), numeral checks (numerals) and the gazetteer of places (gazetteer).

Nothing is imported here: import a module of the package by its full name.
"""
