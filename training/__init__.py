"""The recipes that train peristiwa's models; not part of the installed package.

    python -m training.train --lang id en        (make models) tagger-parsers from UD
    python -m training.ner_train --lang id en    (make ner)    named-entity recognisers
    python -m training.udeval --lang id FILE.conllu            UD-style parser scores

Run them from the repository root. They write the trained pipelines into
``src/peristiwa/syntax/models/``, which the runtime (``peristiwa.syntax.parse``
and ``peristiwa.syntax.ner``) loads; the runtime never imports this folder.
Module dependencies run one way: ``ner_train`` -> ``train`` -> ``udeval`` ->
``harmonize``.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
CONFIGS = HERE / "configs"  # the committed spaCy training configs
MODELS = ROOT / "src" / "peristiwa" / "syntax" / "models"  # where trained models are installed
