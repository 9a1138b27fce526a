/*
 * newsmon.h — the one public header of libnewsmon.
 *
 * Pipeline: ingest (readers) → clean (main text + metadata) → analyse
 * (sentences, names, quotes) → store / stories → digest → serve.
 *
 * Conventions
 *  - Public names are nm_<object>_<verb>. Heap objects: _new/_free;
 *    caller-owned structs: _init/_deinit.
 *  - Strings are UTF-8. Slices are (const char *, size_t).
 *  - Errors: functions return nm_status and, where given, fill an nm_error
 *    with a constant-shaped message and the byte offset or line it applies to.
 *  - Every string and array reachable from an nm_article lives in the
 *    article's arena and is freed by nm_article_free(); never free them alone.
 *  - Offsets inside the library (nm_range) are BYTE offsets into
 *    nm_article.text. The JSON record writer converts them to Unicode
 *    code-point offsets, as the output contract requires.
 */
#ifndef NEWSMON_H
#define NEWSMON_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NM_VERSION "0.1.0"

/* ------------------------------------------------------------------ */
/* Status and errors                                                    */
/* ------------------------------------------------------------------ */

typedef enum nm_status {
    NM_OK = 0,
    NM_ERR_NOMEM,       /* allocation failed */
    NM_ERR_IO,          /* open/read/write failed */
    NM_ERR_PARSE,       /* input malformed beyond recovery */
    NM_ERR_LIMIT,       /* input exceeds a documented limit */
    NM_ERR_USAGE,       /* bad argument from the caller */
    NM_ERR_NOT_FOUND,   /* no such file / record / story */
    NM_ERR_UNSUPPORTED, /* input kind not handled */
    NM_ERR_NO_ARTICLE,  /* input read fine but holds no article text */
    NM_ERR_DB           /* store failure */
} nm_status;

/* Constant English name of a status ("ok", "out of memory", ...). Static. */
const char *nm_status_str(nm_status status);

#define NM_NO_OFFSET UINT64_MAX

/* Error details. Caller-owned; nm_error_set fills it. `offset` is a byte
 * offset into the input or NM_NO_OFFSET; `line` is 1-based or 0. */
typedef struct nm_error {
    nm_status code;
    uint64_t offset;
    long line;
    char msg[512];
} nm_error;

/* Reset to NM_OK with an empty message. `err` may be NULL (no-op). */
void nm_error_clear(nm_error *err);
/* Record `code` and a printf-style message; returns `code`. NULL-safe. */
nm_status nm_error_set(nm_error *err, nm_status code, uint64_t offset,
                       const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* ------------------------------------------------------------------ */
/* Arena: bump allocator owning everything of one article               */
/* ------------------------------------------------------------------ */

typedef struct nm_arena nm_arena;

/* New arena; `block_size` 0 picks a default. Free with nm_arena_free. */
nm_arena *nm_arena_new(size_t block_size);
/* Frees every allocation of the arena at once. NULL-safe. */
void nm_arena_free(nm_arena *arena);
/* Zeroed memory aligned for any type, owned by the arena; NULL on OOM. */
void *nm_arena_alloc(nm_arena *arena, size_t size);
/* Grow `ptr` (from this arena, `old_size` bytes) to `new_size` bytes,
 * in place when it is the latest allocation, else by copying. */
void *nm_arena_realloc(nm_arena *arena, void *ptr, size_t old_size,
                       size_t new_size);
/* NUL-terminated copy of s[0..len) owned by the arena. */
char *nm_arena_strndup(nm_arena *arena, const char *s, size_t len);
/* NUL-terminated copy of a C string (NULL gives NULL). */
char *nm_arena_strdup(nm_arena *arena, const char *s);
/* printf into the arena. */
char *nm_arena_printf(nm_arena *arena, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Bytes handed out so far (for limits and statistics). */
size_t nm_arena_used(const nm_arena *arena);

/* ------------------------------------------------------------------ */
/* Growable byte buffer (caller-owned struct, heap data)                */
/* ------------------------------------------------------------------ */

typedef struct nm_buf {
    char *data; /* always NUL-terminated when non-NULL */
    size_t len;
    size_t cap;
} nm_buf;

void nm_buf_init(nm_buf *b);
/* Frees the data; the struct may be reused after nm_buf_init. */
void nm_buf_deinit(nm_buf *b);
/* Forget the contents, keep the capacity. */
void nm_buf_reset(nm_buf *b);
/* Append; false on OOM (the buffer stays valid). */
bool nm_buf_append(nm_buf *b, const void *data, size_t len);
bool nm_buf_puts(nm_buf *b, const char *s);
bool nm_buf_putc(nm_buf *b, char c);
bool nm_buf_printf(nm_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
bool nm_buf_vprintf(nm_buf *b, const char *fmt, va_list ap);
bool nm_buf_reserve(nm_buf *b, size_t extra);
/* Hand the data to the caller (free() it); the buffer becomes empty. */
char *nm_buf_detach(nm_buf *b, size_t *len_out);

/* ------------------------------------------------------------------ */
/* UTF-8                                                                */
/* ------------------------------------------------------------------ */

/* Decode one code point at s[*i] (len bytes total); advances *i.
 * Invalid or truncated sequences return -1 and advance by one byte. */
int32_t nm_utf8_decode(const char *s, size_t len, size_t *i);
/* Encode `cp` into out (>= 4 bytes); returns bytes written (0 if invalid). */
size_t nm_utf8_encode(int32_t cp, char *out);
/* Copy `in` to `out` with every invalid sequence replaced by U+FFFD.
 * Returns the number of replacements; `first_bad` (may be NULL) gets the
 * byte offset of the first one or NM_NO_OFFSET. */
size_t nm_utf8_sanitize(const char *in, size_t len, nm_buf *out,
                        uint64_t *first_bad);
/* Number of code points in s[0..len). */
size_t nm_utf8_count(const char *s, size_t len);

/* JSON string body escaping (no surrounding quotes) into `out`. */
bool nm_json_escape(nm_buf *out, const char *s, size_t len);
/* `"..."` with escaping, or `null` when s is NULL. */
bool nm_json_string(nm_buf *out, const char *s);

/* ------------------------------------------------------------------ */
/* Documents: what readers hand to the pipeline                         */
/* ------------------------------------------------------------------ */

typedef enum nm_content_kind {
    NM_AS_AUTO = 0, /* sniff the bytes */
    NM_AS_HTML,
    NM_AS_TEXT
} nm_content_kind;

/* One input document. Readers own every pointer; they are valid only for
 * the duration of the callback that receives the document. */
typedef struct nm_doc {
    const char *id;      /* record id per the contract (base name, WARC id...) */
    const char *source;  /* path, "path#record" or URL; shown in messages */
    const char *data;    /* raw bytes (not NUL-terminated necessarily) */
    size_t len;
    nm_content_kind kind; /* NM_AS_AUTO: sniff */
    const char *charset; /* declared charset from the transport, or NULL */
    const char *url;     /* target URL, or NULL */
    const char *date;    /* date from the transport (WARC-Date...), or NULL */
    const char *title;   /* title from the container (feed item...), or NULL */
    const char *authors; /* author(s) from the container, or NULL */
    const char *meta;    /* other container fields as a JSON object text, or NULL */
    uint64_t offset;     /* byte offset of the record in its container */
    long line;           /* line of the record (JSON lines), or 0 */
} nm_doc;

/* Guess HTML or text from the first bytes. */
nm_content_kind nm_sniff_kind(const char *data, size_t len);
/* True when the bytes look binary (NULs, many control bytes): such input is
 * skipped with a warning. */
bool nm_looks_binary(const char *data, size_t len);

/* ------------------------------------------------------------------ */
/* Article record                                                       */
/* ------------------------------------------------------------------ */

/* [start, end) byte offsets into nm_article.text. */
typedef struct nm_range {
    size_t start;
    size_t end;
} nm_range;

typedef enum nm_gender { NM_GENDER_UNKNOWN = 0, NM_GENDER_MALE, NM_GENDER_FEMALE } nm_gender;

typedef struct nm_person {
    const char *name;         /* fullest form seen in the article */
    const char **aliases;     /* other forms ("Mr. Zhebin", "Zhebin") */
    size_t n_aliases;
    const char *role;         /* "director", "Foreign Minister", or NULL */
    const char *affiliation;  /* "St. Petersburg State University", or NULL */
    nm_gender gender;
} nm_person;

/* A place in the text that names a person (`person` indexes people). */
typedef struct nm_mention {
    nm_range span;
    int person;
} nm_mention;

typedef struct nm_entity {
    const char *name;
} nm_entity;

typedef enum nm_quote_kind {
    NM_QUOTE_DIRECT = 0,
    NM_QUOTE_MIXED,
    NM_QUOTE_REPORTED
} nm_quote_kind;

/* Static "direct" / "mixed" / "reported". */
const char *nm_quote_kind_str(nm_quote_kind kind);

typedef struct nm_quote {
    nm_quote_kind kind;
    nm_range *frags;      /* direct: words inside the marks; else the clause */
    size_t n_frags;
    const char *cue;      /* "says", "according to", or NULL */
    bool has_speaker;     /* false: no source mentioned at all */
    nm_range speaker;     /* the mention standing at the attribution */
    int person;           /* index into people, or -1 (not a person) */
} nm_quote;

/* A date found in the text. `iso` is "YYYY-MM-DD" ("YYYY-MM" for "June
 * 2018"), or NULL when the year is unknown: a yearless "12 June" takes its
 * year only from a date the article itself gives, never from the clock.
 * `month_day` is "--MM-DD" (ISO 8601 without year) when the text wrote no
 * year, else NULL, so a story can date it from another article. */
typedef struct nm_date_mention {
    nm_range span;
    const char *iso;
    const char *month_day;
} nm_date_mention;

typedef struct nm_article {
    nm_arena *arena;          /* owns everything below */
    const char *id;
    const char *source;
    const char *url;
    const char *canonical_url;
    const char *title;
    const char *date;         /* ISO-8601 published date, or NULL */
    const char *modified;     /* ISO-8601 modified date, or NULL */
    const char **authors;
    size_t n_authors;
    const char *outlet;
    const char *lang;
    const char *text;         /* main text, paragraphs split by "\n\n" */
    size_t text_len;          /* bytes */
    nm_person *people;
    size_t n_people;
    nm_mention *mentions;     /* person mentions, sorted by start */
    size_t n_mentions;
    nm_entity *organizations;
    size_t n_organizations;
    nm_entity *places;
    size_t n_places;
    nm_quote *quotes;         /* sorted by first fragment */
    size_t n_quotes;
    nm_date_mention *dates;
    size_t n_dates;
    size_t invalid_bytes;     /* input bytes replaced by U+FFFD */
    uint64_t first_invalid;   /* byte offset of the first, or NM_NO_OFFSET */
    const char *warning;      /* non-fatal note for stderr, or NULL */
    const char *meta;         /* container fields kept as metadata: JSON object text, or NULL */
} nm_article;

/* Empty article with its own arena; NULL on OOM. Free with nm_article_free. */
nm_article *nm_article_new(void);
/* Frees the article and everything in its arena. NULL-safe. */
void nm_article_free(nm_article *a);

/* Append helpers: copy `item` into the article's arrays (arena-owned). */
bool nm_article_add_person(nm_article *a, const nm_person *p, int *index_out);
bool nm_article_add_mention(nm_article *a, nm_range span, int person);
bool nm_article_add_organization(nm_article *a, const char *name, size_t len);
bool nm_article_add_place(nm_article *a, const char *name, size_t len);
bool nm_article_add_quote(nm_article *a, const nm_quote *q);
bool nm_article_add_date(nm_article *a, nm_range span, const char *iso);
bool nm_article_add_author(nm_article *a, const char *name, size_t len);
/* Add `alias` to person `index` unless already its name or an alias. */
bool nm_person_add_alias(nm_article *a, int index, const char *alias, size_t len);

/* The speaker's resolved name of quote `q`, or NULL. Points into the arena. */
const char *nm_quote_speaker_name(const nm_article *a, const nm_quote *q);

/* ------------------------------------------------------------------ */
/* Pipeline                                                             */
/* ------------------------------------------------------------------ */

typedef struct nm_options {
    nm_content_kind as;   /* force html/text, or NM_AS_AUTO */
    bool analyse;         /* run names + quotes (default true) */
} nm_options;

/* Defaults: sniff, analyse. */
void nm_options_init(nm_options *opts);

/* Clean plain text: drop clutter lines, keep paragraphs verbatim, find the
 * title and dates. Fills a->text, a->title, a->date, a->dates. `data` need
 * not be valid UTF-8 (invalid bytes are replaced and counted). */
nm_status nm_clean_text(nm_article *a, const char *data, size_t len, nm_error *err);

/* Clean HTML: main text + metadata (title, dates, authors, outlet, lang,
 * canonical URL). `charset` is a declared charset or NULL. */
nm_status nm_clean_html(nm_article *a, const char *data, size_t len,
                        const char *charset, nm_error *err);

/* Analyse a->text: people (+ mentions, roles, aliases), organizations,
 * places, quotes with speakers. Fills the article's arrays. */
nm_status nm_analyse(nm_article *a, nm_error *err);

/* Whole pipeline for one document: clean (html or text) then analyse.
 * On NM_OK *out is a new article owned by the caller (nm_article_free).
 * NM_ERR_NO_ARTICLE when the input holds no text (a warning, not a failure). */
nm_status nm_process(const nm_doc *doc, const nm_options *opts,
                     nm_article **out, nm_error *err);

/* ------------------------------------------------------------------ */
/* Output                                                               */
/* ------------------------------------------------------------------ */

/* One article record as a single-line JSON object (no newline), offsets in
 * code points, per docs/record.md. Appends to `out`. */
bool nm_article_write_json(const nm_article *a, nm_buf *out);
/* Human-readable text: title, metadata lines, then the body. */
bool nm_article_write_text(const nm_article *a, nm_buf *out);
/* Markdown: "# title", metadata, body, people and quotes. */
bool nm_article_write_md(const nm_article *a, nm_buf *out);

/* ------------------------------------------------------------------ */
/* Input readers                                                        */
/* ------------------------------------------------------------------ */

/* Called once per document found in an input. Return false to stop. */
typedef bool (*nm_doc_fn)(const nm_doc *doc, void *user);
/* Called for every non-fatal problem (skipped binary file, bad record...).
 * `status` says what kind; `err` carries source, offset and message. */
typedef void (*nm_warn_fn)(const char *source, const nm_error *err, void *user);

typedef struct nm_reader_opts {
    nm_content_kind as;   /* forced kind for plain files */
    nm_warn_fn warn;      /* may be NULL */
    void *user;
} nm_reader_opts;

/* Read one INPUT: a file, a directory (recursive, sorted), a WARC
 * (.warc/.warc.gz/.warc.zst), JSON lines (.jsonl/.ndjson), an RSS/Atom
 * feed, or "-" for stdin. Calls `fn` for every document. Returns NM_OK when
 * the input was read (skipped members reported through opts->warn, and
 * counted in *failed when failed is non-NULL), or the error that stopped it. */
nm_status nm_read_input(const char *input, const nm_reader_opts *opts,
                        nm_doc_fn fn, void *user, size_t *failed,
                        nm_error *err);

/* ------------------------------------------------------------------ */
/* Digest                                                               */
/* ------------------------------------------------------------------ */

typedef enum nm_digest_format { NM_DIGEST_MD = 0, NM_DIGEST_JSON, NM_DIGEST_HTML } nm_digest_format;

/* Render a digest of `n` articles treated as one story: headline, 2–3
 * sentence summary, who said what grouped by speaker, sources. Appends to
 * `out`. The articles stay owned by the caller. */
nm_status nm_digest_render(nm_article *const *articles, size_t n,
                           nm_digest_format format, nm_buf *out, nm_error *err);

/* ------------------------------------------------------------------ */
/* Store: SQLite articles, duplicates, stories, full-text search        */
/* ------------------------------------------------------------------ */
/*
 * One SQLite file (WAL mode) holds every article once, keyed on its source
 * plus the hash of its input bytes; duplicates are stored and point at their
 * original; every new article joins a story (online clustering) in the same
 * transaction that stores it. Schema: docs/store.md.
 *
 * Writes are batched: nm_store_add opens a transaction when none is open and
 * commits it after `batch_articles` additions or `batch_ms` milliseconds
 * (checked on each add); nm_store_commit and nm_store_close commit the rest.
 * A crash loses at most the open batch, never leaves a half-stored article,
 * and the same input given again resumes where the last commit left off.
 *
 * An nm_store is used from one thread at a time.
 */

typedef struct nm_store nm_store;

typedef struct nm_store_opts {
    bool read_only;        /* queries only; the store must exist */
    size_t batch_articles; /* commit after this many additions (0: 256) */
    unsigned batch_ms;     /* ... or after this many milliseconds (0: 1000) */
} nm_store_opts;

/* Defaults: read-write, created when missing, 256 articles / 1000 ms. */
void nm_store_opts_init(nm_store_opts *opts);

/* Open (creating and migrating when read-write) the store at `path`.
 * `opts` may be NULL for the defaults. On NM_OK *out is owned by the
 * caller: close it with nm_store_close. */
nm_status nm_store_open(const char *path, const nm_store_opts *opts, nm_store **out,
                        nm_error *err);
/* Commit the open batch and free the store. NULL-safe. A failed final
 * commit is reported through `err` (may be NULL); the store is freed anyway. */
nm_status nm_store_close(nm_store *s, nm_error *err);
/* Commit the open batch now (no-op when none is open). */
nm_status nm_store_commit(nm_store *s, nm_error *err);

/* Hash of a document's input bytes (XXH3, 64 bits): with the source it
 * names one stored document. */
uint64_t nm_content_hash(const void *data, size_t len);

typedef enum nm_dup_kind {
    NM_DUP_NONE = 0, /* an original */
    NM_DUP_TEXT,     /* same normalised text as an earlier article */
    NM_DUP_URL,      /* same normalised URL, text similar (an updated copy) */
    NM_DUP_NEAR      /* shingle SimHash within a few bits (a near copy) */
} nm_dup_kind;

/* Static "original" / "text" / "url" / "near". */
const char *nm_dup_kind_str(nm_dup_kind kind);

/* What nm_store_add did. */
typedef struct nm_store_added {
    bool existed;         /* same source + bytes were already stored: no change */
    int64_t article;      /* the article's row id (existing one when existed) */
    nm_dup_kind dup;      /* duplicate kind, NM_DUP_NONE for an original */
    int64_t duplicate_of; /* row id of the original, or 0 */
    int64_t story;        /* the story it belongs to */
    bool new_story;       /* the article started that story */
} nm_store_added;

/* True when the document (source, content hash) is already stored. */
bool nm_store_contains(nm_store *s, const char *source, uint64_t content_hash);

/* Store one processed article (its arrays included) under (a->source,
 * content_hash): find its duplicates, assign its story, index it for
 * search. Idempotent: an already stored document sets out->existed and
 * changes nothing. `a` stays owned by the caller; `out` may be NULL. */
nm_status nm_store_add(nm_store *s, const nm_article *a, uint64_t content_hash,
                       nm_store_added *out, nm_error *err);

/* Counts of a store. `articles` counts distinct documents (duplicates
 * included), `duplicates` those that duplicate an earlier one. */
typedef struct nm_store_counts {
    size_t articles, duplicates, stories, quotes, people, organizations, places;
} nm_store_counts;

nm_status nm_store_stats(nm_store *s, nm_store_counts *out, nm_error *err);

/* One story as handed to an nm_story_fn. Every pointer is valid only for
 * the duration of the callback. Dates are "YYYY-MM-DD" or NULL. */
typedef struct nm_story_info {
    int64_t id;
    const char *title;
    const char *first_date;
    const char *last_date;
    const char *const *articles; /* record ids (as extract prints), in arrival order */
    const char *const *sources;  /* the matching sources */
    size_t n_articles;
} nm_story_info;

/* Return false to stop the iteration. */
typedef bool (*nm_story_fn)(const nm_story_info *story, void *user);

/* Call `fn` for every story with at least `min_articles` articles, largest
 * first (ties: oldest first). */
nm_status nm_store_stories(nm_store *s, size_t min_articles, nm_story_fn fn, void *user,
                           nm_error *err);

/* One search hit; pointers valid during the callback only. */
typedef struct nm_search_hit {
    const char *id;      /* record id as extract prints it */
    const char *source;
    const char *title;   /* or NULL */
    const char *date;    /* or NULL */
    const char *snippet; /* matching text with the terms in [brackets] */
    double score;        /* higher is better */
    int64_t story;
} nm_search_hit;

typedef bool (*nm_search_fn)(const nm_search_hit *hit, void *user);

/* Full-text search over titles, texts and quotes (original articles, not
 * their duplicates), best first, at most `limit` hits (0: 20). `query` is
 * plain words (all must match, any case, stemmed by SQLite's porter
 * tokenizer); quote characters in it are taken as text, not as syntax. */
nm_status nm_store_search(nm_store *s, const char *query, size_t limit, nm_search_fn fn,
                          void *user, nm_error *err);

/* One stored quote; pointers valid during the callback only. */
typedef struct nm_quote_row {
    const char *article_id;  /* record id */
    const char *source;
    const char *speaker;     /* resolved name, or the mention, or NULL */
    const char *role;        /* speaker's role and affiliation, or NULL */
    const char *kind;        /* "direct" / "mixed" / "reported" */
    const char *cue;         /* or NULL */
    const char *text;
    size_t start, end;       /* code points into the article's text */
    int64_t story;
} nm_quote_row;

typedef bool (*nm_quote_fn)(const nm_quote_row *q, void *user);

/* Every quote of original articles in arrival order, or only those whose
 * speaker's name or mention contains `speaker` (ASCII case ignored) when
 * `speaker` is not NULL. */
nm_status nm_store_quotes(nm_store *s, const char *speaker, nm_quote_fn fn, void *user,
                          nm_error *err);

/* Rebuild the articles of story `story` from the store (text, metadata,
 * people, mentions, places, organizations, quotes) in arrival order,
 * duplicates left out. On NM_OK *out is a malloc'ed array of *n articles:
 * the caller frees each with nm_article_free and the array with free().
 * NM_ERR_NOT_FOUND when there is no such story. */
nm_status nm_store_story_articles(nm_store *s, int64_t story, nm_article ***out, size_t *n,
                                  nm_error *err);

#ifdef __cplusplus
}
#endif
#endif /* NEWSMON_H */
