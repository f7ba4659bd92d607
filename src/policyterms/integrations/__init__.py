"""Adapters to other libraries; each is an optional extra and imported on its own.

- :mod:`policyterms.integrations.spacy` (``pip install 'policyterms[spacy]'``): a spaCy
  pipeline component, ``nlp.add_pipe("policyterms")``.
- :mod:`policyterms.integrations.dask` (``pip install 'policyterms[dask]'``): annotate a
  corpus as a Dask Bag or DataFrame on a cluster.
"""
