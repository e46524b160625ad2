-- attrib: a source-attribution database for news.
--
-- Read it as:  articles --< attributions >-- sources
--                               |
--                             claims  (the same statement, linked across articles)
--
-- Every attribution points back to the exact words it came from: start_offset/end_offset
-- are offsets into articles.body counted in Unicode scalars, and `rule` names the
-- extraction rule that produced it. The views at the end answer the canned questions;
-- `SELECT * FROM unnamed_only_claims;` needs nothing else.
--
-- PRAGMA user_version holds the schema version; schema_migrations lists the steps applied.

CREATE TABLE schema_migrations (
    version     INTEGER PRIMARY KEY,      -- 1, 2, ... applied in order
    name        TEXT NOT NULL,            -- what the step does
    applied_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- One news article as ingested. An article is written in one transaction with all its
-- attributions: it is here complete or not at all.
CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    path           TEXT NOT NULL,         -- the file as given to `attrib ingest` ("feed.jsonl#3" for line 3)
    name           TEXT NOT NULL,         -- file name (or JSON id) that exports and the scorer use
    content_hash   TEXT NOT NULL UNIQUE,  -- SHA-256 of title, metadata and body: identical content is ingested once
    format         TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html', 'json')),
    title          TEXT,                  -- headline
    outlet         TEXT,                  -- publisher ("Reuters", "The Moscow Times")
    outlet_evidence TEXT,                 -- where the outlet came from: metadata, --outlet, or the words in the text
    byline         TEXT,                  -- author(s)
    url            TEXT,
    published      TEXT,                  -- publication date as given (ISO 8601 where known)
    body           TEXT NOT NULL,         -- cleaned article text, paragraphs separated by a blank line
    body_length    INTEGER NOT NULL,      -- length of body in Unicode scalars
    warnings       TEXT,                  -- repairs made while reading (encoding, entities, unbalanced quotes)
    ingested_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_by_name ON articles (name);
CREATE INDEX articles_by_outlet ON articles (outlet);

-- Who an attribution comes from. Named people and organizations are shared by all articles
-- (identity_key makes "Putin" and "Vladimir Putin" one row); anonymous descriptors belong to
-- the article that wrote them, because "a senior official" in two articles need not be one person.
CREATE TABLE sources (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'anonymous')),
    name              TEXT,               -- fullest name seen (person, organization); NULL when anonymous
    identity_key      TEXT,               -- normalized name: case, accents and transliteration folded
    surname_key       TEXT,               -- a person's last identity word: "Peskov" alone finds "dmitry peskov"
    is_news_outlet    INTEGER NOT NULL DEFAULT 0 CHECK (is_news_outlet IN (0, 1)), -- outlets relay reporting; they are not its origin
    role              TEXT,               -- latest role seen ("Kremlin spokesman")
    descriptor        TEXT,               -- anonymous: the noun phrase as written ("three people close to the Russian leadership")
    head              TEXT,               -- anonymous: head noun, singular ("person", "source", "official")
    people_count      INTEGER,            -- anonymous: how many people, when stated or implied (NULL for "sources")
    affiliation       TEXT,               -- institution or circle ("Russian leadership", "State Department")
    knowledge         TEXT,               -- anonymous: how they know: first-hand, briefed, told by others, documents, familiar, close to
    anonymity_reason  TEXT,               -- anonymous: why unnamed: not authorized, sensitive, fear of reprisal, private, requested
    group_source_id   INTEGER REFERENCES sources (id) ON DELETE SET NULL, -- "one of the sources" -> its group
    article_id        INTEGER REFERENCES articles (id) ON DELETE CASCADE, -- anonymous only: the article it belongs to
    -- How often the source is cited, kept up to date at ingest so that `attrib query speakers` reads
    -- a row per speaker instead of counting the corpus; the view speaker_counts computes the same.
    attribution_count  INTEGER NOT NULL DEFAULT 0, -- attributions to it
    direct_quote_count INTEGER NOT NULL DEFAULT 0, -- of which direct quotes
    denial_count       INTEGER NOT NULL DEFAULT 0, -- of which denials
    article_count      INTEGER NOT NULL DEFAULT 0, -- articles that cite it
    CHECK ((kind = 'anonymous') = (article_id IS NOT NULL))
);
CREATE UNIQUE INDEX sources_by_identity ON sources (kind, identity_key) WHERE kind <> 'anonymous';
CREATE INDEX sources_by_surname ON sources (surname_key) WHERE kind = 'person';
-- Only anonymous sources have an article; the canned question lists them in article order.
CREATE INDEX sources_by_article ON sources (article_id) WHERE article_id IS NOT NULL;
CREATE INDEX sources_by_group ON sources (group_source_id);
CREATE INDEX sources_by_citations ON sources (attribution_count DESC, article_count DESC) WHERE attribution_count > 0;

-- Manual corrections of speaker identity (`attrib speakers merge` / `split`): a spelling that
-- means an existing source. Ingest consults it first, so corrections survive re-ingest.
CREATE TABLE source_aliases (
    identity_key  TEXT PRIMARY KEY,       -- the folded spelling ("zelenskiy")
    source_id     INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    spelling      TEXT NOT NULL,          -- as the user gave it
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- A statement that one or more attributions make, possibly in many articles.
-- Its counts are kept up to date by attrib whenever an article touching the claim is written,
-- so the canned questions read them instead of aggregating the corpus; the view claim_counts
-- computes the same from the attributions, and `attrib check` compares the two.
CREATE TABLE claims (
    id                  INTEGER PRIMARY KEY,
    summary             TEXT NOT NULL,    -- the words of its first attribution
    first_article_id    INTEGER REFERENCES articles (id) ON DELETE SET NULL, -- where it was first seen
    articles            INTEGER NOT NULL DEFAULT 0, -- articles that carry it
    independent_origins INTEGER NOT NULL DEFAULT 0, -- distinct origins after collapsing relays of one report
    named_origins       INTEGER NOT NULL DEFAULT 0, -- origins that are named people or organizations
    unnamed_origins     INTEGER NOT NULL DEFAULT 0, -- origins that are unnamed sources
    denials             INTEGER NOT NULL DEFAULT 0  -- denials linked to its statements
);
-- In the order the canned questions list them: most widespread first.
CREATE INDEX claims_by_spread ON claims (articles DESC);
-- Deleting an article clears first_article_id of its claims: found through this index.
CREATE INDEX claims_by_first_article ON claims (first_article_id);
CREATE INDEX claims_unnamed_only ON claims (articles DESC, independent_origins DESC)
    WHERE named_origins = 0 AND unnamed_origins > 0;

-- The outlets that carry each claim, kept at ingest (the view claim_outlets_computed computes
-- them from the attributions): a claim in 3,000 articles lists its outlets from a few rows.
CREATE TABLE claim_outlets (
    claim_id  INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    outlet    TEXT NOT NULL,              -- publisher of articles that carry the claim
    articles  INTEGER NOT NULL,           -- how many of its articles
    PRIMARY KEY (claim_id, outlet)
) WITHOUT ROWID;

-- The independent origins of each claim, kept at ingest (the view claim_origins computes them
-- from the attributions): a claim repeated by a thousand articles still has a row per origin.
CREATE TABLE claim_origin_keys (
    claim_id     INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    origin_key   TEXT NOT NULL,           -- "report of Reuters", "source 12", "article 7"
    origin_kind  TEXT NOT NULL,           -- named, unnamed, outlet or unknown
    PRIMARY KEY (claim_id, origin_key)
) WITHOUT ROWID;

-- One statement an article presents as coming from someone other than the writer.
CREATE TABLE attributions (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal          INTEGER NOT NULL,    -- 1, 2, ... in reading order within the article
    kind             TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')), -- direct: inside quotation marks
    content          TEXT NOT NULL,       -- what was said (quote pieces joined by one space)
    cue              TEXT NOT NULL,       -- the word that ties content to source: said, told, according to, denied
    stance           TEXT NOT NULL CHECK (stance IN ('asserts', 'denies')),
    start_offset     INTEGER NOT NULL,    -- first scalar of the content in articles.body
    end_offset       INTEGER NOT NULL,    -- one past its last scalar
    source_id        INTEGER REFERENCES sources (id),
    source_mention   TEXT,                -- the source's words here: "he", "the sources", "Peskov"
    source_role      TEXT,                -- role words at this mention
    resolution       TEXT,                -- how the source was found: named here, or which earlier mention a pronoun points to
    rule             TEXT NOT NULL,       -- the extraction rule: quote-then-cue, cue-then-clause, according-to, ...
    claim_id         INTEGER REFERENCES claims (id) ON DELETE SET NULL,
    claim_similarity REAL,                -- similarity (0..1) to the claim it was linked to; 1 for a claim's first attribution
    claim_link       TEXT,                -- how it joined its claim: new, wording (similar words), report (a paraphrase
                                          -- by the same unnamed sources of the same report), or origin (a restatement
                                          -- from the same speaker or the same outlet's report)
    report_source_key TEXT,               -- for a group of unnamed sources: report outlet | head count | affiliation stems
                                          -- ("reuters | 3 | leade russi"); paraphrases under one key are linked
    report_outlet    TEXT,                -- for unnamed sources and outlets: the outlet whose report carries the statement
                                          -- (its origin); NULL for named sources. Restatements of one report are linked
    denies_attribution_id INTEGER REFERENCES attributions (id) ON DELETE SET NULL, -- a denial: what it denies, where known
    CHECK (start_offset <= end_offset),
    UNIQUE (article_id, ordinal)
);
CREATE INDEX attributions_by_source ON attributions (source_id);
CREATE INDEX attributions_by_claim ON attributions (claim_id, article_id);
-- Denials are a few in a hundred statements: these two indexes hold them alone (query denials
-- lists them by article; deleting a statement finds the denials pointing at it).
CREATE INDEX attributions_denying ON attributions (article_id) WHERE stance = 'denies';
CREATE INDEX attributions_by_denied ON attributions (denies_attribution_id) WHERE denies_attribution_id IS NOT NULL;
CREATE INDEX attributions_by_report_source ON attributions (report_source_key) WHERE report_source_key IS NOT NULL;
CREATE INDEX attributions_by_report_outlet ON attributions (report_outlet) WHERE report_outlet IS NOT NULL;

-- The pieces of text joined into an attribution's content: a quote split by its cue, or a
-- quote running over several paragraphs, has one row per piece.
CREATE TABLE attribution_pieces (
    attribution_id  INTEGER NOT NULL REFERENCES attributions (id) ON DELETE CASCADE,
    piece           INTEGER NOT NULL,     -- 1, 2, ...
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    PRIMARY KEY (attribution_id, piece)
) WITHOUT ROWID;

-- Outlets or people through whom the article got the statement, outermost first:
-- "Reuters reported, citing three sources" gives one row, Reuters.
CREATE TABLE relays (
    attribution_id  INTEGER NOT NULL REFERENCES attributions (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,     -- 1 = outermost
    outlet          TEXT NOT NULL,
    PRIMARY KEY (attribution_id, position)
) WITHOUT ROWID;
CREATE INDEX relays_by_outlet ON relays (outlet);

-- Which outlet relays which, counted at ingest (the view outlet_relays_computed computes the
-- same from the relays): `attrib query relays` reads these rows instead of grouping the corpus.
CREATE TABLE outlet_relay_counts (
    relaying_outlet TEXT NOT NULL,        -- the article's outlet (its name when the outlet is unknown)
    relayed_outlet  TEXT NOT NULL,        -- the outlet whose reporting it passes on (outermost relay)
    articles        INTEGER NOT NULL,     -- articles of relaying_outlet that relay it
    attributions    INTEGER NOT NULL,     -- attributions relayed
    PRIMARY KEY (relaying_outlet, relayed_outlet)
) WITHOUT ROWID;
CREATE INDEX outlet_relay_counts_by_articles ON outlet_relay_counts (articles DESC, attributions DESC);

-- Candidate index for claim linking (MinHash bands of each claim's first statement): a new
-- attribution is compared only with the claims it shares a bucket with, and a claim repeated
-- by a thousand articles still has one row per band, so linking stays linear in the corpus.
CREATE TABLE claim_buckets (
    bucket    INTEGER NOT NULL,           -- band number and band hash combined
    claim_id  INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    PRIMARY KEY (bucket, claim_id)
) WITHOUT ROWID;
CREATE INDEX claim_buckets_by_claim ON claim_buckets (claim_id);

-- Full-text index over what was said and by whom (`attrib search`). attrib adds new
-- attributions to it in bulk just before each commit (not by a trigger per row: a full-text
-- table joins every statement's savepoint once it is written in a transaction, which cost a
-- tenth of ingest); deletes and edits are kept in step by the triggers below.
CREATE VIRTUAL TABLE attribution_search USING fts5 (
    content, source_mention,
    content = 'attributions', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER attributions_search_delete AFTER DELETE ON attributions BEGIN
    INSERT INTO attribution_search (attribution_search, rowid, content, source_mention)
        VALUES ('delete', old.id, old.content, old.source_mention);
END;
CREATE TRIGGER attributions_search_update AFTER UPDATE OF content, source_mention ON attributions BEGIN
    INSERT INTO attribution_search (attribution_search, rowid, content, source_mention)
        VALUES ('delete', old.id, old.content, old.source_mention);
    INSERT INTO attribution_search (rowid, content, source_mention) VALUES (new.id, new.content, new.source_mention);
END;

-- ---------------------------------------------------------------------------------------
-- Views: the canned questions.
-- ---------------------------------------------------------------------------------------

-- Every attribution, readable: article, who, what, through whom.
CREATE VIEW attribution_details AS
SELECT a.id              AS attribution_id,
       ar.name           AS article,
       ar.outlet         AS article_outlet,
       a.kind, a.cue, a.stance, a.content,
       s.kind            AS source_kind,
       COALESCE(s.name, s.descriptor) AS source,
       a.source_mention, s.role, s.people_count, s.affiliation,
       (SELECT group_concat(outlet, ' > ')
          FROM (SELECT outlet FROM relays r WHERE r.attribution_id = a.id ORDER BY position)) AS relayed_by,
       a.claim_id, a.rule, a.start_offset, a.end_offset
  FROM attributions a
  JOIN articles ar ON ar.id = a.article_id
  LEFT JOIN sources s ON s.id = a.source_id;

-- Where each attribution ultimately comes from. The origin is its innermost source; an
-- anonymous source, or an outlet reporting on its own authority, is keyed by the outlet whose
-- report carries it, so five articles relaying one wire report count one origin, not five.
CREATE VIEW attribution_origins AS
SELECT a.id AS attribution_id, a.claim_id, a.article_id, a.stance, a.source_id,
       CASE WHEN s.kind = 'anonymous' THEN 'unnamed'
            WHEN s.is_news_outlet = 1 THEN 'outlet'
            WHEN s.kind IS NULL THEN 'unknown'
            ELSE 'named' END AS origin_kind,
       CASE WHEN s.kind = 'anonymous' OR s.kind IS NULL
                 THEN COALESCE('report of ' || COALESCE(
                          (SELECT outlet FROM relays r WHERE r.attribution_id = a.id ORDER BY position DESC LIMIT 1),
                          ar.outlet), 'article ' || a.article_id)
            WHEN s.is_news_outlet = 1 THEN 'report of ' || s.name
            ELSE 'source ' || s.id END AS origin_key,
       COALESCE(s.name, s.descriptor) AS origin_label
  FROM attributions a
  JOIN articles ar ON ar.id = a.article_id
  LEFT JOIN sources s ON s.id = a.source_id;

-- One row per claim and independent origin (asserting attributions only).
CREATE VIEW claim_origins AS
SELECT claim_id, origin_key,
       CASE WHEN max(origin_kind = 'named') = 1 THEN 'named'
            WHEN max(origin_kind = 'unnamed') = 1 THEN 'unnamed'
            ELSE min(origin_kind) END AS origin_kind,
       group_concat(DISTINCT origin_label) AS sources,
       count(DISTINCT article_id) AS articles
  FROM attribution_origins
 WHERE stance = 'asserts' AND claim_id IS NOT NULL
 GROUP BY claim_id, origin_key;

-- Each claim's counts computed from the attributions (what claims' stored counts must equal).
CREATE VIEW claim_counts AS
SELECT c.id AS claim_id,
       (SELECT count(DISTINCT a.article_id) FROM attributions a WHERE a.claim_id = c.id) AS articles,
       coalesce(o.total, 0) AS independent_origins,
       coalesce(o.named, 0) AS named_origins,
       coalesce(o.unnamed, 0) AS unnamed_origins,
       (SELECT count(*) FROM attributions d JOIN attributions t ON t.id = d.denies_attribution_id
         WHERE t.claim_id = c.id) AS denials
  FROM claims c
  LEFT JOIN (SELECT claim_id, count(*) AS total, sum(origin_kind = 'named') AS named, sum(origin_kind = 'unnamed') AS unnamed
               FROM claim_origins GROUP BY claim_id) o ON o.claim_id = c.id;

-- Each claim with its spread and sourcing: how many articles carry it, how many independent
-- origins stand behind it, how many are named, and how many denials answer it.
CREATE VIEW claim_overview AS
SELECT c.id AS claim_id, c.summary, c.articles, c.independent_origins, c.named_origins, c.unnamed_origins, c.denials,
       (SELECT group_concat(outlet, ', ') FROM claim_outlets o WHERE o.claim_id = c.id) AS outlets
  FROM claims c;

-- The outlets of each claim computed from the attributions (what claim_outlets must equal).
CREATE VIEW claim_outlets_computed AS
SELECT a.claim_id, ar.outlet, count(DISTINCT a.article_id) AS articles
  FROM attributions a JOIN articles ar ON ar.id = a.article_id
 WHERE a.claim_id IS NOT NULL AND ar.outlet IS NOT NULL
 GROUP BY a.claim_id, ar.outlet;

-- Claims that rest only on unnamed sources: at least one anonymous origin and no named one,
-- however many articles carry them. A claim carried by thousands of articles names its first
-- five (`attrib claim ID` lists them all) and how its unnamed sources are described in its
-- first fifty statements, so that each row costs a few index reads whatever the corpus.
CREATE VIEW unnamed_only_claims AS
SELECT c.id AS claim_id, c.summary, c.articles, c.independent_origins, c.denials,
       (SELECT group_concat(name, ',') FROM
          (SELECT ar.name FROM attributions a JOIN articles ar ON ar.id = a.article_id
            WHERE a.claim_id = c.id GROUP BY a.article_id ORDER BY a.article_id LIMIT 5))
         || CASE WHEN c.articles > 5 THEN ' and ' || (c.articles - 5) || ' more' ELSE '' END AS article_names,
       (SELECT group_concat(DISTINCT s.descriptor) FROM
          (SELECT source_id FROM attributions a WHERE a.claim_id = c.id ORDER BY a.article_id LIMIT 50) f
          JOIN sources s ON s.id = f.source_id WHERE s.kind = 'anonymous') AS descriptors
  FROM claims c
 WHERE c.named_origins = 0 AND c.unnamed_origins > 0;

-- Who is quoted, how often, named or not, in how many articles.
CREATE VIEW speakers AS
SELECT id AS source_id, kind,
       COALESCE(name, descriptor) AS speaker,
       role, affiliation,
       attribution_count AS attributions,
       direct_quote_count AS direct_quotes,
       denial_count AS denials,
       article_count AS articles
  FROM sources
 WHERE attribution_count > 0;

-- Each source's citations counted from the attributions (what the stored counts in sources
-- must equal).
CREATE VIEW speaker_counts AS
SELECT source_id,
       count(*) AS attributions,
       sum(kind = 'direct') AS direct_quotes,
       sum(stance = 'denies') AS denials,
       count(DISTINCT article_id) AS articles
  FROM attributions
 WHERE source_id IS NOT NULL
 GROUP BY source_id;

-- Anonymous descriptors: how many people, their affiliation, how they know, why unnamed.
CREATE VIEW anonymous_sources AS
SELECT s.id AS source_id, s.descriptor, s.head, s.people_count, s.affiliation,
       s.knowledge, s.anonymity_reason,
       g.descriptor AS group_descriptor,
       s.article_id, ar.name AS article, ar.outlet,
       s.attribution_count AS attributions
  FROM sources s
  JOIN articles ar ON ar.id = s.article_id
  LEFT JOIN sources g ON g.id = s.group_source_id
 WHERE s.kind = 'anonymous' AND s.article_id IS NOT NULL; -- the same rows (see the CHECK); lets sources_by_article serve

-- Denials, who made them, and what they deny where known.
CREATE VIEW denials AS
SELECT d.id AS attribution_id, d.article_id, ar.name AS article,
       COALESCE(s.name, s.descriptor) AS denied_by, s.kind AS denier_kind,
       d.cue, d.content AS denial,
       t.id AS denied_attribution_id, t.content AS denied_statement, t.claim_id AS denied_claim_id
  FROM attributions d
  JOIN articles ar ON ar.id = d.article_id
  LEFT JOIN sources s ON s.id = d.source_id
  LEFT JOIN attributions t ON t.id = d.denies_attribution_id
 WHERE d.stance = 'denies';

-- Which outlets relay which outlets' reporting.
CREATE VIEW outlet_relays AS
SELECT relaying_outlet, relayed_outlet, articles, attributions
  FROM outlet_relay_counts
 WHERE articles > 0;

-- The same computed from the relays (what outlet_relay_counts must equal).
CREATE VIEW outlet_relays_computed AS
SELECT COALESCE(ar.outlet, ar.name) AS relaying_outlet, r.outlet AS relayed_outlet,
       count(DISTINCT ar.id) AS articles, count(*) AS attributions
  FROM relays r
  JOIN attributions a ON a.id = r.attribution_id
  JOIN articles ar ON ar.id = a.article_id
 WHERE r.position = 1
 GROUP BY relaying_outlet, relayed_outlet;

-- Each article's sourcing profile: how much of it rests on named and unnamed sources.
CREATE VIEW article_sourcing AS
SELECT ar.id AS article_id, ar.name AS article, ar.title, ar.outlet,
       count(a.id) AS attributions,
       sum(s.kind IN ('person', 'organization')) AS named,
       sum(s.kind = 'anonymous') AS unnamed,
       sum(a.kind = 'direct') AS direct_quotes,
       sum(a.stance = 'denies') AS denials,
       sum(EXISTS (SELECT 1 FROM relays r WHERE r.attribution_id = a.id)) AS relayed,
       round(1.0 * sum(s.kind IN ('person', 'organization')) / max(count(a.id), 1), 3) AS named_share
  FROM articles ar
  LEFT JOIN attributions a ON a.article_id = ar.id
  LEFT JOIN sources s ON s.id = a.source_id
 GROUP BY ar.id;
