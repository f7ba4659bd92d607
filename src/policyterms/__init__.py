"""policyterms: explain the jargon of Chinese government documents."""

__version__ = "0.1.0"
