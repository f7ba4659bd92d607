"""Annotation: matching a glossary against a text in windows, with its guards (annotator);
quotation marks and context words around a match (context); the choice of sense (choice);
and the records returned (annotation).

Nothing is imported here: import a module of the package by its full name.
"""
