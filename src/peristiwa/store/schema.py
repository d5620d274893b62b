"""The event store's schema: every table, in one place.

    articles        one row per article; ``article_id`` comes from the URL when
                    there is one, else from the text, so ingesting again adds nothing
    sentences       the sentences of each article, with their offsets
    actor_mentions  every actor mention found, resolved to a code on the article's date
    mentions        every coded event in every sentence, with its evidence (GDELT's
                    mentions table): character spans of trigger, source, target,
                    date and place, and the rule that coded it
    events          the happenings: mentions with the same event key (date, source,
                    target, CAMEO code, place) are one event, with NumMentions,
                    NumSources, NumArticles and a GlobalEventID derived from the key,
                    so the same happening has the same id in every database
    errors          what an ingest skipped, one line per file or record
    loaded          the batch partitions ``peristiwa load`` has merged
    meta            the schema version

Offsets are character offsets into ``articles.text``.
"""

from __future__ import annotations

VERSION = 1

ARTICLES = """
CREATE TABLE IF NOT EXISTS articles (
    article_id   VARCHAR PRIMARY KEY,
    doc_id       VARCHAR,   -- the id the input gave it (a JSONL "id")
    url          VARCHAR,
    title        VARCHAR,
    source       VARCHAR,   -- publisher: front matter, feed title, else the URL's host
    published    DATE,
    lang         VARCHAR,
    origin       VARCHAR,   -- file (and line or record) it was read from
    text         VARCHAR,
    n_sentences  INTEGER,
    n_events     INTEGER,
    added        TIMESTAMP
)"""

SENTENCES = """
CREATE TABLE IF NOT EXISTS sentences (
    article_id  VARCHAR,
    sentence    INTEGER,
    start_char  INTEGER,
    end_char    INTEGER,
    text        VARCHAR
)"""

ACTOR_MENTIONS = """
CREATE TABLE IF NOT EXISTS actor_mentions (
    article_id  VARCHAR,
    sentence    INTEGER,
    start_char  INTEGER,
    end_char    INTEGER,
    text        VARCHAR,
    code        VARCHAR,
    name        VARCHAR,
    country     VARCHAR,
    role        VARCHAR,
    kind        VARCHAR,
    entity      VARCHAR
)"""

# What an event is, shared by its mentions and the event itself.
CODED: list[tuple[str, str]] = [
    ("source", "VARCHAR"),
    ("source_name", "VARCHAR"),
    ("target", "VARCHAR"),
    ("target_name", "VARCHAR"),
    ("code", "VARCHAR"),
    ("root", "VARCHAR"),
    ("quad_class", "INTEGER"),
    ("goldstein", "DOUBLE"),
    ("plover", "VARCHAR"),
    ("plover_mode", "VARCHAR"),
]
DATED: list[tuple[str, str]] = [
    ("date", "VARCHAR"),  # as precise as the text says: 2020-12-29, 2020-12, 2019
    ("date_precision", "VARCHAR"),  # day | month | year | publication
    ("day", "DATE"),  # the date's first day, for ranges and series
]
PLACED: list[tuple[str, str]] = [
    ("place_name", "VARCHAR"),
    ("place_geonameid", "BIGINT"),
    ("place_lat", "DOUBLE"),
    ("place_lon", "DOUBLE"),
    ("place_country", "VARCHAR"),  # ISO-3
    ("place_admin1", "VARCHAR"),
    ("place_kind", "VARCHAR"),
]

# One row per coded event in a sentence. The event's own fields are repeated
# here so that a mention is complete on its own (and a batch's Parquet files
# can be merged into any store).
MENTION_COLUMNS: list[tuple[str, str]] = [
    ("global_event_id", "BIGINT"),
    ("event_key", "VARCHAR"),
    ("article_id", "VARCHAR"),
    ("mention_index", "INTEGER"),  # order of the event in its article
    ("sentence", "INTEGER"),
    ("sentence_start", "INTEGER"),
    *CODED,
    *DATED,
    *PLACED,
    ("trigger_start", "INTEGER"),
    ("trigger_end", "INTEGER"),
    ("trigger_text", "VARCHAR"),
    ("source_start", "INTEGER"),
    ("source_end", "INTEGER"),
    ("source_text", "VARCHAR"),
    ("target_start", "INTEGER"),
    ("target_end", "INTEGER"),
    ("target_text", "VARCHAR"),
    ("date_start", "INTEGER"),
    ("date_end", "INTEGER"),
    ("date_text", "VARCHAR"),
    ("place_start", "INTEGER"),
    ("place_end", "INTEGER"),
    ("place_text", "VARCHAR"),
    ("rule", "VARCHAR"),
    ("notes", "VARCHAR"),  # how source and target were found, "; "-separated
    ("lang", "VARCHAR"),
]

MENTIONS = ("CREATE TABLE IF NOT EXISTS mentions (\n    "
            + ",\n    ".join(f"{n} {t}" for n, t in MENTION_COLUMNS) + "\n)")

# The event fields every mention of one event shares (they make its key or
# follow from the code); the rest is taken from its earliest mention.
EVENT_COLUMNS: list[tuple[str, str]] = [
    ("global_event_id", "BIGINT"),
    ("event_key", "VARCHAR"),
    *DATED,
    *CODED,
    *PLACED,
    ("is_root_event", "BOOLEAN"),  # some mention is in an article's first sentences
    ("num_mentions", "INTEGER"),
    ("num_sources", "INTEGER"),
    ("num_articles", "INTEGER"),
    ("first_article_id", "VARCHAR"),
    ("source_url", "VARCHAR"),
    ("date_added", "TIMESTAMP"),
]

EVENTS = ("CREATE TABLE IF NOT EXISTS events (\n    "
          + ",\n    ".join(f"{n} {t}" for n, t in EVENT_COLUMNS) + "\n)")

ERRORS = """
CREATE TABLE IF NOT EXISTS errors (
    origin  VARCHAR,
    reason  VARCHAR,
    seen_at TIMESTAMP
)"""

# The partitions of `peristiwa batch` output merged by `peristiwa load`.
LOADED = """
CREATE TABLE IF NOT EXISTS loaded (
    part_id  VARCHAR PRIMARY KEY,
    loaded   TIMESTAMP
)"""

META = """
CREATE TABLE IF NOT EXISTS meta (
    key    VARCHAR PRIMARY KEY,
    value  VARCHAR
)"""

INDEXES = [
    "CREATE INDEX IF NOT EXISTS mentions_event ON mentions (global_event_id)",
    "CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id)",
    "CREATE INDEX IF NOT EXISTS events_id ON events (global_event_id)",
    "CREATE INDEX IF NOT EXISTS sentences_article ON sentences (article_id)",
]

TABLES = {"articles": ARTICLES, "sentences": SENTENCES, "actor_mentions": ACTOR_MENTIONS,
          "mentions": MENTIONS, "events": EVENTS, "errors": ERRORS, "loaded": LOADED, "meta": META}

# The tables a batch of coded articles fills (also the Parquet files of `peristiwa batch`).
STAGED = ("articles", "sentences", "actor_mentions", "mentions")
