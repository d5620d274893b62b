"""The trained tagger-parsers and the reading of events from the parse."""

from __future__ import annotations

import json

import pytest

from peristiwa.syntax import parse as syntax

pytestmark = pytest.mark.skipif(not syntax.available("id"), reason="no Indonesian model installed")


def test_parse_lines_up_with_our_tokens():
    words = "Polisi Turki menangkap dua jurnalis Rusia di Istanbul .".split()
    p = syntax.parse("id", words, [True] * (len(words) - 1) + [False])
    assert len(p.heads) == len(words)
    verb = words.index("menangkap")
    assert p.pos[verb] == "VERB"
    assert p.deps[words.index("Polisi")] == "nsubj" and p.heads[words.index("Polisi")] == verb
    assert p.deps[words.index("jurnalis")] == "obj"


def test_parse_refuses_what_it_cannot_take():
    assert syntax.parse("id", [], []) is None
    long = ["kata"] * (syntax.MAX_TOKENS + 1)
    assert syntax.parse("id", long, [True] * len(long)) is None
    assert syntax.parse("xx", ["a"], [False]) is None


def test_the_coder_parses_no_sentence_longer_than_its_limit(coder):
    """A sentence of more than ``CODER_MAX_TOKENS`` tokens gets no parse for the coder
    (read by word order alone); the parser itself still takes it."""
    pipe = coder.pipeline("id")
    clause = "Polisi menangkap dua orang di pasar pada hari Senin"
    short = pipe.sentences(clause + ".")[0]
    long = pipe.sentences(", lalu ".join([clause] * 8) + ".")[0]
    assert len(short.tokens) <= syntax.CODER_MAX_TOKENS < len(long.tokens) <= syntax.MAX_TOKENS
    trees = pipe.parse_many([short, long])
    assert trees[0] is not None and len(trees[0].heads) == len(short.tokens)
    assert trees[1] is None and pipe.parse(long) is None
    words = [t.text for t in long.tokens]
    assert syntax.parse("id", words, [True] * len(words)) is not None


def test_the_parse_fills_what_word_order_leaves_open(coder):
    """The object stands too far for the word-order reading (over ten words
    away); the parse links it, and the evidence says along which relation."""
    from peristiwa.coding.coder import SentenceCoder
    from peristiwa.coding.events import build_events

    text = ("Polisi Turki menangkap pada Selasa pagi sekitar pukul sembilan waktu setempat "
            "kemarin dua jurnalis Rusia.")
    pipe = coder.pipeline("id")
    sent = pipe.sentences(text)[0]
    words = [t.text for t in sent.tokens]
    verb, subj, obj = words.index("menangkap"), words.index("Polisi"), words.index("jurnalis")
    heads = [verb] * len(words)
    deps = ["dep"] * len(words)
    deps[verb], deps[subj], deps[obj] = "ROOT", "nsubj", "obj"
    heads[words.index("Turki")], deps[words.index("Turki")] = subj, "nmod"
    heads[words.index("Rusia")], deps[words.index("Rusia")] = obj, "nmod"
    tree = syntax.Parse(tuple(heads), tuple(deps), tuple("X" for _ in words))
    mentions = pipe.mentions.find(sent, None)

    def events(parse):
        sc = SentenceCoder(pipe.data, pipe.patterns, sent, mentions, "IDN", None, parse)
        return build_events(sc, sc.code(), "a", "id", None)

    assert events(None) == []  # word order alone finds no target
    found = events(tree)
    assert [(e.source, e.code, e.target) for e in found] == [("TURCOP", "173", "RUSMED")]
    assert "parse target: obj" in found[0].evidence.notes


def test_relative_clause_subject_from_the_parse(coder):
    text = "Menteri Luar Negeri Rusia, yang mengecam Turki kemarin, tiba di Jakarta."
    events = coder.code_text(text, lang="id", published="2020-12-29")
    assert ("RUSGOV", "111", "TUR") in [(e.source, e.code, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "PRESIDEN JOKOWI MENGECAM KERAS SERANGAN ITU",            # all caps
    "Polisi, tentara, jaksa, hakim, wartawan, demonstran.",   # a list, no verb
    " ".join(["Polisi menangkap wartawan dan"] * 60) + " mahasiswa.",  # very long
])
def test_hard_sentences_never_crash(coder, text):
    events = coder.code_text(text, lang="id")
    for e in events:
        json.dumps(e.to_dict())


def test_one_sentence_stays_one_tree():
    """peristiwa splits sentences itself; the parser may not split one again
    (a full stop inside a quoted title, an abbreviation)."""
    words = "Polisi menangkap dua orang . Mereka dibawa ke kantor polisi".split()
    p = syntax.parse("id", words, [True] * (len(words) - 1) + [False])
    roots = [i for i, h in enumerate(p.heads) if h == i]
    assert len(roots) == 1


def test_models_fit_their_budget():
    """All trained models together (tagger-parsers and recognisers) stay within 40 MB."""
    from pathlib import Path

    models = Path(syntax.__file__).parent / "models"
    size = sum(p.stat().st_size for p in models.rglob("*") if p.is_file())
    assert 10_000_000 < size <= 40_000_000


def test_the_runtime_does_not_import_the_training_recipes():
    """The recipes live in training/, outside the installed package: nothing in
    src/peristiwa imports them (nor the modules they were before)."""
    import ast
    from pathlib import Path

    import peristiwa

    package = Path(peristiwa.__file__).parent
    assert not any((package / "syntax" / f"{m}.py").exists() for m in ("train", "udeval", "ner_train"))
    found = []
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level
                     else [])
            found += [(path.name, n) for n in names if n.split(".")[0] == "training"
                      or n.startswith(("peristiwa.syntax.train", "peristiwa.syntax.udeval",
                                       "peristiwa.syntax.ner_train"))]
    assert found == []


def test_noun_compound_harmonisation():
    """CSUI's unmarked noun-noun nmod becomes GSD's compound; a marked one, a
    name stay nmod."""
    from training.harmonize import noun_compounds

    conllu = "\n".join("\t".join(c) for c in [
        ("1", "sifat", "sifat", "NOUN", "_", "_", "0", "root", "_", "_"),
        ("2", "cahaya", "cahaya", "NOUN", "_", "_", "1", "nmod", "_", "_"),
        ("3", "dari", "dari", "ADP", "_", "_", "4", "case", "_", "_"),
        ("4", "lampu", "lampu", "NOUN", "_", "_", "1", "nmod", "_", "_"),
        ("5", "Jakarta", "Jakarta", "PROPN", "_", "_", "1", "nmod", "_", "_"),
    ]) + "\n"
    out = [line.split("\t")[7] for line in noun_compounds("# sent_id = 1\n" + conllu).splitlines()
           if line and not line.startswith("#")]
    assert out == ["root", "compound", "case", "nmod", "nmod"]


def _recorded_treebanks() -> list[tuple[str, str]]:
    from pathlib import Path

    models = Path(syntax.__file__).parent / "models"
    return [(lang, name) for lang in ("id", "en")
            for name in json.loads((models / lang / "metrics.json").read_text(encoding="utf-8"))
            ["treebanks"]["test"]]


@pytest.mark.parametrize(("lang", "name"), _recorded_treebanks())
def test_recorded_parser_scores_are_what_the_models_score(shared_dir, lang, name):
    """bench/RESULTS.md quotes metrics.json; the installed models still score
    that on the UD test sets (one test per test treebank)."""
    from pathlib import Path

    import spacy

    from training.udeval import gold_sentences, score

    models = Path(syntax.__file__).parent / "models"
    meta = json.loads((models / lang / "metrics.json").read_text(encoding="utf-8"))
    nlp = spacy.load(models / lang)
    got = score(nlp, gold_sentences(shared_dir / "data" / "ud" / meta["treebanks"]["test"][name]))
    want = meta["test"][name]
    # the same up to a word or two: another CPU's matrix kernels may
    # round differently and flip a near-tie
    for metric in ("UPOS", "UAS", "LAS"):
        assert abs(getattr(got, metric) - want[metric]) <= 0.1, (name, metric)


def test_compound_modifier_of_a_nominal_trigger_is_its_genitive(coder):
    """GSD (and so the Indonesian model) writes "compound" for a noun after a
    noun: the actor in "kunjungan presiden Rusia" is the visit's source."""
    from peristiwa.coding.coder import SentenceCoder
    from peristiwa.coding.depread import DepReader

    pipe = coder.pipeline("id")
    sent = pipe.sentences("Kunjungan presiden Rusia ke Ankara ditunda.")[0]
    words = [t.text for t in sent.tokens]
    mentions = pipe.mentions.find(sent, None)
    visit, head = words.index("Kunjungan"), words.index("ditunda")
    heads, deps = [head] * len(words), ["punct"] * len(words)
    deps[visit], deps[head] = "nsubj:pass", "ROOT"
    heads[words.index("presiden")], deps[words.index("presiden")] = visit, "compound"
    heads[words.index("Rusia")], deps[words.index("Rusia")] = words.index("presiden"), "nmod"
    heads[words.index("ke")], deps[words.index("ke")] = words.index("Ankara"), "case"
    heads[words.index("Ankara")], deps[words.index("Ankara")] = visit, "nmod"
    tree = syntax.Parse(tuple(heads), tuple(deps), tuple("X" for _ in words))
    sc = SentenceCoder(pipe.data, pipe.patterns, sent, mentions, "IDN", None, tree)
    read = DepReader(sc, tree).read(visit, "nominal")
    assert [m.actor.code for m in read.source] == ["RUSGOV"]
    assert "source: genitive compound" in read.notes


def test_trees_without_tags_are_the_same_trees():
    """The coder reads no tags, so it parses with ``tags=False`` (the tagger does not
    run): the heads and relations are those of the full pipeline."""
    sents = ["Polisi Turki menangkap dua jurnalis Rusia di Istanbul .",
             "Menteri Luar Negeri Rusia , yang mengecam Turki kemarin , tiba di Jakarta .",
             "Kedua negara sepakat untuk melanjutkan perundingan damai bulan depan ."]
    batch = [(s.split(), [True] * (len(s.split()) - 1) + [False]) for s in sents]
    full = syntax.parse_many("id", batch)
    bare = syntax.parse_many("id", batch, tags=False)
    assert [(p.heads, p.deps) for p in bare] == [(p.heads, p.deps) for p in full]
    assert all(set(p.pos) == {""} for p in bare) and all("VERB" in p.pos for p in full)


def test_the_parse_model_computes_only_the_word_attributes_it_reads():
    """The parsing model's vocabulary computes only NORM, PREFIX, SUFFIX, SHAPE (what
    its embedding reads) and IS_SPACE (the parser's) for a new word; the trees are
    those of a model that computes them all."""
    from spacy.attrs import IDS

    nlp = syntax._model("id")
    assert set(nlp.vocab.lex_attr_getters) == {IDS[a] for a in ("NORM", "PREFIX", "SUFFIX", "SHAPE", "IS_SPACE")}
    full = syntax.load_model(syntax.MODELS / "id")
    assert len(full.vocab.lex_attr_getters) > 10
    sents = ["Kelompok bersenjata Zylvaria menyerbu pos perbatasan Quorindo pada Kamis malam .",
             "Menteri Luar Negeri Rusia , yang mengecam Turki kemarin , tiba di Jakarta ."]
    for s in sents:
        words = s.split()
        spaces = [True] * (len(words) - 1) + [False]
        p = syntax.parse("id", words, spaces, tags=False)
        from spacy.tokens import Doc

        doc = full(Doc(full.vocab, words=words, spaces=spaces, sent_starts=[True] + [False] * (len(words) - 1)))
        assert p.heads == tuple(t.head.i for t in doc) and p.deps == tuple(t.dep_ for t in doc)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_numpy_gemm_gives_the_trees_of_blis(shared_dir, lang):
    """The runtime models multiply through numpy's BLAS (``parse.GEMM``), not thinc's
    BLIS, whose arithmetic differs in the last bits: the trees must stay those of
    BLIS, on real sentences (the UD test sets the models were scored on; English:
    its first 600 sentences), parsed in the coder's batches."""
    from pathlib import Path

    from spacy.tokens import Doc
    from thinc.api import NumpyOps

    from training.udeval import gold_sentences

    nlp = syntax._model(lang)
    if syntax.GEMM == "numpy":
        ops = nlp.get_pipe("parser").model.ops
        assert isinstance(ops, NumpyOps) and not ops.use_blis
    models = Path(syntax.__file__).parent / "models"
    tests = json.loads((models / lang / "metrics.json").read_text(encoding="utf-8"))["treebanks"]["test"]
    sents = [([t.text for t in g], [bool(t.whitespace_) for t in g])
             for name in sorted(tests) for g in gold_sentences(shared_dir / "data" / "ud" / tests[name])]
    sents = [s for s in sents if len(s[0]) <= syntax.MAX_TOKENS][:1000 if lang == "id" else 600]
    got = [(p.heads, p.deps) for p in syntax.parse_many(lang, sents, tags=False)]
    blis = syntax.load_model(models / lang)  # spaCy's own ops: BLIS
    assert all(getattr(n.ops, "use_blis", True) for n in blis.get_pipe("parser").model.walk())
    docs = [Doc(blis.vocab, words=w, spaces=s, sent_starts=[True] + [False] * (len(w) - 1)) for w, s in sents]
    want = [(tuple(t.head.i for t in d), tuple(t.dep_ for t in d))
            for d in blis.pipe(docs, batch_size=64, disable=[n for n in blis.pipe_names if n in syntax.TAGGERS])]
    assert len(got) == len(want) > 500
    assert [k for k, (g, w) in enumerate(zip(got, want, strict=True)) if g != w] == []


def test_models_load_without_searching_entry_points_no_package_has():
    """Loading a model tells srsly's msgpack registries not to search the installed
    packages' entry points when none is of their group (``_no_empty_entry_point_scans``):
    they then give the encoders and decoders registered in code, as they did."""
    import catalogue
    from srsly import msgpack

    before = {name: dict(r.get_all()) for name, r in (("enc", msgpack.msgpack_encoders),
                                                      ("dec", msgpack.msgpack_decoders))}
    syntax._no_empty_entry_point_scans()
    for name, r in (("enc", msgpack.msgpack_encoders), ("dec", msgpack.msgpack_decoders)):
        has = list(catalogue.AVAILABLE_ENTRY_POINTS.select(group=r.entry_point_namespace))
        assert r.entry_points == bool(has)
        assert r.get_all() == before[name]
