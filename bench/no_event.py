"""Where a gold event is lost after the coder found its act (a diagnostic, issue #18): for
every gold event whose root comes out as no event of its case, the last step a match of
that root reached and the step that removed it:

- ``build: ...``: a coded match of the root reached ``build_events`` (``coder.code()``'s
  output) and no event came of it: no pair of sides (which side is missing, and whether
  the gold side's entity is a coded mention of the sentence: attachment, or not:
  recognition), or each pair dropped by a rule of ``_EventBuilder.add`` (the rule named),
  or its events removed after (recoded by role, the aimed-events filter, protest demands);
- ``code: ...``: a match chosen with the root's code after modality, dropped inside
  ``SentenceCoder.code`` (a modal word, an allegation's scope, the general public, acted on,
  a protest's manner, the event score);
- ``modality``: chosen, but modality dropped it or turned it to another root;
- ``allege``: a wrongdoing predicate of the root (``allege.py``) that no speaker's
  accusation came of;
- ``choice``: a pattern of the root matched and lost the choice to another match;
- ``no pattern``: no pattern of the root matched.

    python bench/no_event.py GOLD.jsonl [...]          # counts only (any check set)
    python bench/no_event.py GOLD.jsonl -v [...]       # and each case (READ files only)

Session 24 (branch sides24, c245dcf), gold events whose root comes out as no event; build
steps are "no pair" (one side or both missing) unless named:

    set           no pattern  no target  no source  neither  other build  allege  modality  choice/code
    train-id          20          9          7          2         5          3        1         0
    dev-id-all        15          7          6          5         2          1        0         0
    silver-read       58         22         28         15         4         20        8         2
    idner-c2          12          3          0          6         0          0        3         3
    fresh-silver      79         26         21         25        10          5        7         3
    kg-b (counts)     18          8          3          6         1          7        1         1

A missing side is the largest step after "no pattern" everywhere, and no kind of
construction dominates it (nominal triggers with no agent, requests whose addressee is an
unrecognised noun phrase, unrecognised single names, pronouns with no antecedent). On kg-b
the next is the allegation with no speaker found (allege.py: 5 of 7).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from peristiwa.coding import allege, cameo
from peristiwa.coding import coder as coder_mod
from peristiwa.coding import events as events_mod
from peristiwa.evaluate import entity
from peristiwa.pipeline import Coder

RAW: list[str] = []  # the codes of the raw matches offered to the choice
ALLEGED: list[str] = []  # the codes of the wrongdoing predicates (allege.py: a speaker's accusation)
ALLEGE_STEPS: list[tuple[str, str, str]] = []  # (code, the step of allege.allegations that drops it, words)
CHOSEN: list[str] = []  # the chosen matches, as "code 'words'"
PLANS: list[tuple[str, str | None]] = []  # (pattern code, code after modality) of the chosen matches
CODED: list[tuple[str, str, str]] = []  # (code, why no event of its root came of it or "", what it found)
VERBOSE = False  # case text in the steps' names: READ files only
MENTIONS: set[str] = set()  # the entities of the sentences' coded mentions
CODES: set[str] = set()  # the full codes of the sentences' coded mentions


def _watch() -> None:
    select = coder_mod.SentenceCoder._select
    plan = coder_mod.SentenceCoder._plan
    add = events_mod._EventBuilder.add

    def _select(self, matches):
        RAW.extend(m.pattern.code for m in matches)
        got = select(self, matches)
        CHOSEN.extend(f"{m.pattern.code} '{m.pattern.text[:60]}'" for m in got)
        lost = [m for m in matches if m not in got]
        CHOSEN.extend(f"(lost) {m.pattern.code} '{m.pattern.text[:60]}'" for m in lost)
        return got

    def _plan(self):
        got = plan(self)
        PLANS.extend((m.pattern.code, mod.code) for m, mod in got[0])
        ALLEGED.extend(m.pattern.code for m in self._alleged)
        for x in self.mentions:
            MENTIONS.update(entity(a.code) for a in [x.actor, *x.members] if a.code)
            CODES.update(a.code for a in [x.actor, *x.members] if a.code)
        return got

    def _add(self, c):
        first = len(self.events)
        why = _why(self, c)
        add(self, c)
        made = [e.code for e in self.events[first:]]
        if any(e[:2] == c.code[:2] for e in made):
            why = ""
        elif made and not why:
            why = "build: recoded to another root"
        elif not why:
            why = "build: events removed after (aimed filter)"
        if why.startswith("build: no pair, no"):
            why += f" [{_around(self.coder, c, 'source' in why)}]"
        toks = self.coder.toks
        seen = (f"'{' '.join(toks[i].text for i in c.match.word_tokens)}' src {_names(c.source)} "
                f"tgt {_names(c.target)} | mentions {_names(self.coder)}")
        CODED.append((c.code, why, seen))

    allegations = allege.allegations

    def _allegations(sc, alleged, out, scopes):
        if alleged:
            for m in sc._select(alleged):
                words = " ".join(sc.toks[i].text for i in m.word_tokens)
                ALLEGE_STEPS.append((m.pattern.code, _allege_step(sc, m, out, scopes), words))
        return allegations(sc, alleged, out, scopes)

    coder_mod.allege.allegations = _allegations
    coder_mod.SentenceCoder._select = _select
    coder_mod.SentenceCoder._plan = _plan
    events_mod._EventBuilder.add = _add


def _names(side) -> str:
    return "[" + ", ".join(f"{x.text}={x.actor.code}" for x in _side(side)) + "]"


def _around(sc, c, subject: bool) -> str:
    """The voice of ``c`` and the kind of word where its missing side would stand: the
    word before its trigger (auxiliaries aside) for a source, after its words for a target."""
    voice = sc._voice(c.match)
    aux = sc.d.words("auxiliaries")
    if subject:
        k = c.match.anchor - 1
        while k >= 0 and sc.toks[k].norm in aux:
            k -= 1
    else:
        k = c.match.last + 1
    if not 0 <= k < len(sc.toks):
        return f"{voice}, edge"
    t = sc.toks[k]
    x = sc.mentions[sc.tok_mention[k]] if k in sc.tok_mention else None
    kind = ("coded mention" if x.actor.code else "uncoded mention") if x is not None else \
        "punctuation" if not t.text[:1].isalnum() else "preposition" if t.norm in sc.preps else \
        "capitalised word" if t.text[:1].isupper() else "word"
    return f"{voice}, {kind}"


def _allege_step(sc, m, out, scopes) -> str:
    """The first step of ``allege.allegations`` that drops the wrong at ``m`` (its logic)."""
    if any(a < m.anchor and not sc._break_between(a, m.anchor) for a in scopes):
        return "inside an accusation a pattern codes"
    if not allege._stated(sc, m):
        return "not stated as done (modality, a question)"
    host = allege._host(sc, m) if allege.MANNER in m.pattern.flags else None
    if allege.MANNER in m.pattern.flags and host is None:
        return "a manner with no host verb"
    found = allege._speaker(sc, m, allege._clause_head(sc, m.anchor if host is None else host))
    if found is None:
        return "no speaker" + (" (the sentence names one by a reporting word)" if sc.own_speaker() else "")
    speaker, doer, how, v = found
    if doer is None and host is None:
        doer = allege._doer(sc, m, v)
    doer = allege._other_than(speaker, doer)
    if doer is None and host is None and sc._voice(m) != "passive":
        doer = allege._other_than(speaker, allege._judged_subject(sc, m, v))
    if doer is None:
        return "no doer" + (f" (speaker {_names(speaker)} by {how})" if VERBOSE else "")
    if allege._described(sc, m, doer) or m.pattern.code != allege.CODE and allege._of_a_thing(sc, m, doer):
        return "the doer is described / a thing"
    return "passes (dropped later: another actor's act, or coded once)"


def _side(side) -> list:
    return list(side.mentions) if side is not None and side.mentions else []


def _why(b, c) -> str:
    """The step of ``_EventBuilder.add`` that keeps ``c`` from giving an event (its logic,
    step by step); "" when some pair passes every step."""
    if b._held_on_visit(c):
        return "build: meeting held on a visit"
    pairs, _ = b._pairs(c)
    if not pairs:
        src, tgt = _side(c.source), _side(c.target)
        if not src and not tgt:
            return "build: no pair, neither side"
        if not src:
            return "build: no pair, no source (target found)"
        if not tgt:
            return "build: no pair, no target (source found, code needs one)"
        return "build: no pair, both found (together/between rule)"
    steps = Counter()
    for a, t in pairs:
        step = _pair_step(b, c, a, t)
        if not step:
            return ""
        steps[step] += 1
    return steps.most_common(1)[0][0]


def _pair_step(b, c, a, t) -> str:
    a, t = b._role_countries(a, t)
    if a is None:
        return "build: pair, countryless role"
    a, t = b._set_abroad(a, t), t if t is None else b._set_abroad(t, a)
    if b._bare_unsettled(a) or t is not None and b._bare_unsettled(t):
        return "build: pair, bare head unsettled"
    if b._abroad_unknown(a) or t is not None and b._abroad_unknown(t):
        return "build: pair, abroad unknown"
    a, t = b._conflict_partner(a, t)
    a, notes = b._as_protester(c, a)
    rule = b.transforms.get("not-by", c.code)
    if rule is not None and a.actor.role in rule.param("roles"):
        return "build: pair, not-by rule"
    ca, _, notes = b._by_role(c, cameo.info(c.code), a, t, notes)
    if t is not None and ((events_mod._owned_by_source(b.coder, a, t) or t.actor.code == a.actor.code)
                          and b.transforms.get("no-target", c.code) is not None or b._own_forces(c, a, t)):
        t = None
    if not b._skip_pair(c, a, t):
        return ""
    return _skip_step(b, c, a, t)


def _skip_step(b, c, a, t) -> str:
    if not b._known(a, t):
        return "build: pair, source has no code"
    if t is None:
        return ""
    checks = [
        ("target has no code", lambda: not b._known(t, a)),
        ("same actor both sides", lambda: a.actor.code == t.actor.code),
        ("media statement", lambda: events_mod._is_media_statement(b.coder, c.code, t)),
        ("celebrity/athlete news", lambda: b._celebrity_news(c, a, t)),
        ("private pair", lambda: b._private_pair(c, a, t)),
        ("owned by source", lambda: events_mod._owned_by_source(b.coder, a, t)),
        ("foreign flag", lambda: "foreign" in c.match.pattern.flags and a.actor.code[:3] == t.actor.code[:3]),
    ]
    return next((f"build: pair, {name}" for name, hit in checks if hit()), "build: pair, skipped (other)")


def _as_mention(g: str) -> str:
    """Whether a lost gold side is among the sentence's coded mentions: its full code
    (the actor may be there: attachment), only its entity ("IDN" for a gold "IDNGOV":
    often another actor of the same country, so a recognition loss), or not at all."""
    if not g:
        return "gold empty"
    if g in CODES:
        return "gold code IS a mention"
    return "gold entity IS a mention (other code)" if entity(g) in MENTIONS else "gold entity not a mention"


def _lost(ev: dict, root: str) -> str:
    coded = [why for code, why, _ in CODED if code[:2] == root]
    if coded:
        why = sorted(coded, key=lambda w: ("no pair" in w, "neither" in w))[0]
        if "no pair" in why:
            missing = ["source"] if "no source" in why else ["target"] if "no target" in why else \
                ["source", "target"] if "neither" in why else []
            for side in missing:
                g = ev.get(side) or ""
                why += f"; {side}: " + _as_mention(g)
        return why
    if any(c and c[:2] == root for _, c in PLANS):
        return "code: dropped in SentenceCoder.code"
    if any(p[:2] == root for p, _ in PLANS):
        return "modality: dropped or recoded"
    if any(p[:2] == root for p in ALLEGED):
        steps = [st for code, st, _ in ALLEGE_STEPS if code[:2] == root]
        return "allege: " + (min(steps, key=lambda st: st.startswith("passes")) if steps else "not selected")
    if any(p[:2] == root for p in RAW):
        return "choice: lost to another match"
    return "no pattern"


def count(paths: list[str], verbose: bool) -> Counter:
    global VERBOSE
    VERBOSE = verbose
    _watch()
    coder = Coder()
    out: Counter = Counter()
    for path in paths:
        for line in open(path, encoding="utf-8"):
            case = json.loads(line)
            if not case["events"]:
                continue
            RAW.clear(), PLANS.clear(), CODED.clear(), MENTIONS.clear(), CODES.clear(), CHOSEN.clear(), ALLEGED.clear(), ALLEGE_STEPS.clear()
            evs = coder.code_text(case["text"], lang=case.get("lang", "id"), published=case.get("published"))
            roots = {e.code[:2] for e in evs}
            for ev in case["events"]:
                root = ev["code"][:2]
                if root in roots:
                    out["(root coded)"] += 1
                    continue
                why = _lost(ev, root)
                out[why] += 1
                if verbose and why.startswith("allege"):
                    seen = [f"{code} '{w}': {st}" for code, st, w in ALLEGE_STEPS if code[:2] == root]
                    print(f"{why}\n  gold {ev['source']}-{ev['code']}-{ev['target']}  {seen}\n"
                          f"  {case['id']}: {case['text'][:300]}")
                if verbose and why.startswith("choice"):
                    print(f"{why}\n  gold {ev['source']}-{ev['code']}-{ev['target']}  matches {CHOSEN}\n"
                          f"  {case['id']}: {case['text'][:300]}")
                if verbose and why.startswith("build"):
                    got = "; ".join(f"{e.source}-{e.code}-{e.target}" for e in evs)
                    seen = "\n  ".join(f"{code} {what}" for code, _, what in CODED if code[:2] == root)
                    print(f"{why}\n  {seen}\n  gold {ev['source']}-{ev['code']}-{ev['target']}  out [{got}]\n"
                          f"  {case['id']}: {case['text'][:300]}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each lost case (READ files only)")
    args = ap.parse_args()
    out = count(args.gold, args.verbose)
    for k, v in sorted(out.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{v:5d}  {k}")


if __name__ == "__main__":
    main()
