"""Reading text: bytes decoded to str (textio, stream), folding with its offset map (fold,
over the generated _fold_table), the Aho-Corasick matcher over folded strings (matcher), web
page furniture around a report (furniture) and control characters shown, never obeyed
(visible).

Nothing is imported here: import a module of the package by its full name.
"""
