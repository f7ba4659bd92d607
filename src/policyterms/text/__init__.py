"""Reading text: bytes decoded to str (textio, stream), folding with its offset map (fold),
and the Aho-Corasick matcher over folded strings (matcher).

Nothing is imported here: import a module of the package by its full name.
"""
