/* nm_read_input: files, directories (recursive, sorted) and stdin, each
 * handed to the reader of its container kind. */
#define _POSIX_C_SOURCE 200809L
#include "readers.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

/* Read a whole stream; refuses inputs over NM_MAX_INPUT_BYTES. */
static nm_status slurp_fd(int fd, const char *name, nm_buf *out, nm_error *err)
{
    char chunk[65536];
    for (;;) {
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n == 0)
            return NM_OK;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return nm_error_set(err, NM_ERR_IO, out->len, "%s: %s", name, strerror(errno));
        }
        if (out->len + (size_t)n > NM_MAX_INPUT_BYTES)
            return nm_error_set(err, NM_ERR_LIMIT, out->len,
                                "%s: larger than the %zu MB input limit", name,
                                NM_MAX_INPUT_BYTES >> 20);
        if (!nm_buf_append(out, chunk, (size_t)n))
            return nm_error_set(err, NM_ERR_NOMEM, out->len, "%s: out of memory", name);
    }
}

/* "dir/000_abc.txt" → "000_abc"; ".warc.gz" style double extensions too. */
static char *base_id(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    char *id = strdup(base);
    if (!id)
        return NULL;
    char *dot = strrchr(id, '.');
    if (dot && dot != id) {
        if (!strcmp(dot, ".gz") || !strcmp(dot, ".zst")) {
            *dot = '\0';
            dot = strrchr(id, '.');
        }
        if (dot && dot != id)
            *dot = '\0';
    }
    return id;
}

/* A .json file that is not JSON lines (those were dispatched already) is
 * data — a config, a gold file — not an article. */
static bool is_json_document(const char *name, const char *data, size_t len)
{
    size_t n = strlen(name), i = 0;
    if (n < 5 || strcasecmp(name + n - 5, ".json") != 0)
        return false;
    while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
        i++;
    return i < len && (data[i] == '{' || data[i] == '[');
}

static nm_status read_buffer(const char *source, const char *id, const char *data,
                             size_t len, const nm_reader_opts *opts, nm_doc_fn fn,
                             void *user, size_t *failed, bool *stop, nm_error *err)
{
    switch (nm_container_detect(source, data, len)) {
    case NM_CONTAINER_WARC:
        return nm_read_warc(source, data, len, opts, fn, user, failed, err);
    case NM_CONTAINER_JSONL:
        return nm_read_jsonl(source, data, len, opts, fn, user, failed, err);
    case NM_CONTAINER_FEED:
        return nm_read_feed(source, data, len, opts, fn, user, failed, err);
    case NM_CONTAINER_PLAIN:
        break;
    }
    if (nm_looks_binary(data, len))
        return nm_error_set(err, NM_ERR_UNSUPPORTED, NM_NO_OFFSET,
                            "%s: looks binary, skipped", source);
    if (is_json_document(source, data, len))
        return nm_error_set(err, NM_ERR_UNSUPPORTED, NM_NO_OFFSET,
                            "%s: a JSON document, not JSON lines or an article, skipped",
                            source);
    nm_doc doc = {0};
    doc.id = id;
    doc.source = source;
    doc.data = data;
    doc.len = len;
    doc.kind = opts ? opts->as : NM_AS_AUTO;
    if (!fn(&doc, user))
        *stop = true;
    return NM_OK;
}

static nm_status read_file(const char *path, const nm_reader_opts *opts, nm_doc_fn fn,
                           void *user, size_t *failed, bool *stop, nm_error *err)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return nm_error_set(err, errno == ENOENT ? NM_ERR_NOT_FOUND : NM_ERR_IO,
                            NM_NO_OFFSET, "%s: %s", path, strerror(errno));
    nm_buf data;
    nm_buf_init(&data);
    nm_status st = slurp_fd(fd, path, &data, err);
    close(fd);
    if (st == NM_OK) {
        char *id = base_id(path);
        st = id ? read_buffer(path, id, data.data ? data.data : "", data.len, opts, fn,
                              user, failed, stop, err)
                : nm_error_set(err, NM_ERR_NOMEM, NM_NO_OFFSET, "%s: out of memory", path);
        free(id);
    }
    nm_buf_deinit(&data);
    return st;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Directory members are warnings when they fail: one bad file never stops
 * the batch. Hidden entries are skipped. */
static nm_status read_dir(const char *path, const nm_reader_opts *opts, nm_doc_fn fn,
                          void *user, size_t *failed, bool *stop, int depth, nm_error *err)
{
    if (depth > 64)
        return nm_error_set(err, NM_ERR_LIMIT, NM_NO_OFFSET,
                            "%s: directories nested deeper than 64", path);
    DIR *d = opendir(path);
    if (!d)
        return nm_error_set(err, NM_ERR_IO, NM_NO_OFFSET, "%s: %s", path, strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    nm_status st = NM_OK;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **p = realloc(names, cap * sizeof *names);
            if (!p) { st = NM_ERR_NOMEM; break; }
            names = p;
        }
        if (!(names[n] = strdup(e->d_name))) { st = NM_ERR_NOMEM; break; }
        n++;
    }
    closedir(d);
    if (st == NM_OK)
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n && st == NM_OK && !*stop; i++) {
        size_t plen = strlen(path);
        char *child = malloc(plen + strlen(names[i]) + 2);
        if (!child) { st = NM_ERR_NOMEM; break; }
        sprintf(child, "%s%s%s", path, plen && path[plen - 1] == '/' ? "" : "/", names[i]);
        struct stat sb;
        nm_error sub;
        nm_error_clear(&sub);
        nm_status cs;
        if (stat(child, &sb) != 0)
            cs = nm_error_set(&sub, NM_ERR_IO, NM_NO_OFFSET, "%s: %s", child, strerror(errno));
        else if (S_ISDIR(sb.st_mode))
            cs = read_dir(child, opts, fn, user, failed, stop, depth + 1, &sub);
        else if (S_ISREG(sb.st_mode))
            cs = read_file(child, opts, fn, user, failed, stop, &sub);
        else
            cs = NM_OK;
        if (cs == NM_ERR_NOMEM) {
            st = nm_error_set(err, cs, NM_NO_OFFSET, "%s: out of memory", child);
        } else if (cs != NM_OK) {
            /* binary files are skipped with a warning, not counted as failures */
            if (cs != NM_ERR_UNSUPPORTED && failed)
                (*failed)++;
            if (opts && opts->warn)
                opts->warn(child, &sub, opts->user);
        }
        free(child);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return st;
}

nm_status nm_read_input(const char *input, const nm_reader_opts *opts, nm_doc_fn fn,
                        void *user, size_t *failed, nm_error *err)
{
    nm_error_clear(err);
    bool stop = false;
    if (!strcmp(input, "-")) {
        nm_buf data;
        nm_buf_init(&data);
        nm_status st = slurp_fd(STDIN_FILENO, "-", &data, err);
        if (st == NM_OK)
            st = read_buffer("-", "-", data.data ? data.data : "", data.len, opts, fn, user,
                             failed, &stop, err);
        nm_buf_deinit(&data);
        return st;
    }
    struct stat sb;
    if (stat(input, &sb) != 0)
        return nm_error_set(err, errno == ENOENT ? NM_ERR_NOT_FOUND : NM_ERR_IO,
                            NM_NO_OFFSET, "%s: %s", input, strerror(errno));
    if (S_ISDIR(sb.st_mode))
        return read_dir(input, opts, fn, user, failed, &stop, 0, err);
    return read_file(input, opts, fn, user, failed, &stop, err);
}
