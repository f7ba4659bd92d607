"""policyterms: explain the jargon of Chinese government documents.

>>> import policyterms
>>> [a.term for a in policyterms.annotate("加快“四好农村路”建设")]
['四好农村路']
"""

from policyterms.annotate.annotation import Annotation, Annotations
from policyterms.annotate.annotator import Annotator, annotate
from policyterms.errors import GlossaryError, InputError, PolicytermsError
from policyterms.text.fold import Folded, fold
from policyterms.glossary.model import Citation, Component, Glossary, Sense, Source
from policyterms.glossary.load import load_glossary

__version__ = "0.1.0"

__all__ = [
    "annotate",
    "Annotator",
    "Annotation",
    "Annotations",
    "load_glossary",
    "Glossary",
    "Sense",
    "Source",
    "Citation",
    "Component",
    "fold",
    "Folded",
    "PolicytermsError",
    "GlossaryError",
    "InputError",
    "__version__",
]
