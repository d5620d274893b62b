"""When an event happened: the date expressions of a sentence, normalised.

The words of dates are data, one file per language (``lang/<code>/dates.toml``:
month and weekday names, relative phrases, number words, prefixes, clause
breaks); the rules here are the same for every language.

Finding. Candidates are found with patterns built from the data file, never by
running a date parser over every token:

- explicit dates: ``29/12/2020``, ``29-12-2020``, ``2020-12-29``, ``29 Desember
  2020``, ``29 Des 2020``, ``Dec. 29, 2020``, ``29-30 Desember 2020`` (the first
  day), the news convention ``Selasa (29/12)`` / ``Senin (2/12/2019)``; a day
  and month without a year (``29 Desember``, ``Dec. 29``, ``(29/12)``);
  a day/month with no year and no brackets (``29/12``) is not read: it may be a
  ratio or a number;
- a month with a year (``Desember 2020``), or alone with a cue (``pada Mei``,
  ``Desember lalu``, ``last December``, ``Maret tahun lalu``);
- a year alone only after a prefix (``pada 2019``, ``tahun 2019``, ``sejak
  1967``, ``in 2019``, ``mid-2020``), never before a counter (``pada 2019
  orang``) nor in a law's number (``UU Nomor 11 Tahun 2020``);
- weekdays, capitalised (``Selasa``, ``last Tuesday``, ``Kamis depan``,
  ``Selasa pekan lalu``); relative phrases (``kemarin``, ``bulan lalu``,
  ``next year``); a number of units ago (``dua hari lalu``, ``3 weeks ago``),
  unless a duration word stands before it ("ditahan selama dua hari lalu
  dibebaskan": "lalu" is "then").

Overlapping candidates keep the longest; a weekday or "kemarin" right before an
explicit date joins it (``Selasa, 29 Desember 2020``); prefixes just before an
expression (``pada``, ``sejak``, ``awal``, ``on``, ``early`` ...) are taken
into it and do not change its value. Times of day are not read at all, so
``pukul 10.00 WIB`` or ``at 10 a.m.`` never changes a date.

Normalising, against the publication date:

- explicit dates are read by dateparser (languages ``[lang]``, the data file's
  ``DATE_ORDER``, ``STRICT_PARSING``, ``PREFER_DATES_FROM='past'``,
  ``RELATIVE_BASE`` = publication; it never uses the network); a date without a
  year takes the publication's year, or the year before if that would put it
  after publication (the year after if before it, in future text);
- a weekday is the latest such day on or before publication, the first on or
  after it in future text; "lalu"/"last" is the latest strictly before, "depan"/
  "next" the first strictly after, "ini"/"this" the one in the publication's
  week, "Selasa pekan lalu" the Tuesday of that week; a month name alone works
  the same way by months;
- relative phrases and "N units ago" count from publication; the unit gives the
  precision (a week is counted in days, precision "day");
- precision is "day" (``2020-12-29``), "month" (``2020-12``) or "year" (``2019``).

Text is past unless a future word of the data file (``akan``, ``will`` ...)
stands in the expression's clause before it (or, Indonesian, just after it:
"pada Kamis akan"); a date alone between commas takes the tense of its
neighbours. With no publication date only absolute expressions (a year given)
are returned.

The date of an event (``event_date``) is the expression nearest its trigger in
the trigger's clause (clauses end at the data file's ``clause_breaks``; a date
standing alone between breaks, "Pada Selasa, ..." or "..., Selasa (29/12).",
belongs to the clauses on both sides), else the nearest in the sentence, else
the publication date with precision "publication".

The package, in reading order: ``lexicon`` (the data file and the patterns built
from it), ``expressions`` (finding candidates), ``clauses`` of a sentence
(``peristiwa.text.clauses``), ``normalise`` (their values) and ``event`` (tense
and the API: ``expressions``, ``event_date``).
"""

from peristiwa.dates.event import event_date, expressions
from peristiwa.dates.normalise import When

__all__ = ["When", "event_date", "expressions"]
