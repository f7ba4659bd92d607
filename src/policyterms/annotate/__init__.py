"""Annotation: matching a glossary against a text, the guards and the choice of sense
(annotator).

Nothing is imported here: import a module of the package by its full name.
"""
