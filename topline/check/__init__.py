"""The checker: nothing is published that the articles it cites do not support, whatever wrote it.

Public API (import these names; the modules' other names are internal):

* ``check_sentence(text, citations, articles, *, story_articles=(), headline=False) -> Verdict`` - one sentence;
* ``verify_page(page, articles) -> (page, VerifyReport)`` - the page-level gate (drops, replacements, the
  ``records.Support`` of each published sentence, drops counted by reason);
* ``check_analysis(text, facts) -> (problems, details)`` - a sentence of kind "analysis" against its facts;
* ``link_problems(text, cited_urls)`` - the output gate for URLs, domains, addresses and injected instructions;
* ``content_free(text)`` - why a sentence says nothing ("" when it says something);
* evidence: ``Doc``, ``doc_for(article)``, ``Pool``, ``pool_for(articles)``, ``figures_in_context``,
  ``outlet_key``, ``clean``;
* records of results: ``Verdict``, ``VerifyReport``, ``Dropped``; problem codes in ``topline.check.codes``.

Modules: ``evidence`` (documents, passages, the pool; what the model saw: sanitised text), one module per rule
(``figures``, ``quotes``, ``entities``, ``outlets``, ``links``, ``support``, ``analysis`` ...), ``sentence`` (one sentence, every
rule), ``page`` (page-level checks).
"""
from topline.check.codes import (ANALYSIS_NEW, DATE, DIRECTION, ENTITY, INJECTION, LINK, NO_CITATION, NUMBER,
                                 OUTLET, PLACEHOLDER, QUOTE, UNKNOWN_URL, UNSUPPORTED)
from topline.check.evidence import Doc, Pool, clean, doc_for, figures_in_context, outlet_key, pool_for
from topline.check.links import link_problems
from topline.check.page import NEUTRAL_SIGNAL_TITLE, Dropped, VerifyReport, verify_page
from topline.check.sentence import Verdict, check_sentence
from topline.check.analysis import analysis_problems as check_analysis
from topline.check.support import assess as support_of
from topline.check.support import content_free

__all__ = ["ANALYSIS_NEW", "DATE", "DIRECTION", "ENTITY", "INJECTION", "LINK", "NEUTRAL_SIGNAL_TITLE",
           "NO_CITATION", "NUMBER", "OUTLET", "PLACEHOLDER", "QUOTE", "UNKNOWN_URL", "UNSUPPORTED", "Doc", "Dropped",
           "Pool", "Verdict", "VerifyReport", "check_analysis", "check_sentence", "clean", "content_free", "doc_for",
           "figures_in_context", "link_problems", "outlet_key", "pool_for", "support_of", "verify_page"]
