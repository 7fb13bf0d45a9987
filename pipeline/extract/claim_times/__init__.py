"""The time a claimed value holds for (guidelines, Claims: `time`), by concern; `pipeline.extract.claim_time` is
its public face, where the claims stages import it from.

The package's modules, each of one concern, lowest first (each imports only from those above it): `periods` (date
values as periods: months covered, the period before, within, looks back), `clauses` (the clause around a position,
read once per text), `bases` (comparison bases, restatements, record frames, the bases a metric names),
`respectively` (listed periods spread over listed values, with or without 分别), `asides` (clauses whose date dates
only themselves: brackets, year-ago and earlier periods' figures, a span's average, hypotheticals), `passage` (the
time a sentence states for the passage, and the dates that are no running time), `facts` (what the governing time
reads of a sentence whatever the value, once per sentence), `levels` (a value that is the level compared with),
`governing` (`time_for`: the readers of special cases tried in turn, then the nearest usable date), `sanctions`
(the time of a fine).
"""
