/* newsmon quotes: who said what, one quote a line, for reading. */
#include "cli.h"
#include "collect.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char help[] =
    "usage: newsmon quotes [--speaker NAME] [--as auto|html|text] [-j N] INPUT...\n"
    "\n"
    "Print every quote of the INPUTs as 'speaker — role: \xE2\x80\x9Ctext\xE2\x80\x9D' (kind), one a line.\n"
    "\n"
    "  --speaker NAME  only quotes whose speaker's name contains NAME (any case)\n"
    "  --as K          treat plain files as html or text (default: auto)\n"
    "  -j, --jobs N    worker threads (default 1)\n"
    "  -h, --help      this text\n";

/* "Name — role, affiliation" or the mention as written. */
static void speaker_label(const nm_article *a, const nm_quote *q, nm_buf *o)
{
    if (!q->has_speaker) {
        nm_buf_puts(o, "(unattributed)");
        return;
    }
    if (q->person >= 0) {
        const nm_person *p = &a->people[q->person];
        nm_buf_puts(o, p->name);
        if (p->role || p->affiliation) {
            nm_buf_puts(o, " \xE2\x80\x94 ");
            if (p->role)
                nm_buf_puts(o, p->role);
            if (p->affiliation)
                nm_buf_printf(o, "%s%s", p->role ? ", " : "", p->affiliation);
        }
        return;
    }
    nm_buf_append(o, a->text + q->speaker.start, q->speaker.end - q->speaker.start);
}

int cmd_quotes(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"speaker", required_argument, NULL, 's'}, {"as", required_argument, NULL, 'a'},
        {"jobs", required_argument, NULL, 'j'},    {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *speaker = NULL;
    nm_options opts;
    nm_options_init(&opts);
    int jobs = 1, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "s:a:j:h", longopts, NULL)) != -1) {
        switch (c) {
        case 's': speaker = optarg; break;
        case 'a':
            if (!cli_parse_as(optarg, &opts.as))
                return cli_usage_error("quotes", "unknown --as '%s'", optarg);
            break;
        case 'j':
            if (!(jobs = cli_parse_jobs(optarg)))
                return cli_usage_error("quotes", "-j wants 1..256, not '%s'", optarg);
            break;
        case 'h': fputs(help, stdout); return 0;
        default: return cli_usage_error("quotes", "bad option");
        }
    }
    if (optind >= argc)
        return cli_usage_error("quotes", "no INPUT given");
    article_list list = {0};
    runner_stats st = collect_articles(argv + optind, (size_t)(argc - optind), &opts, jobs, &list);
    nm_buf o;
    nm_buf_init(&o);
    for (size_t i = 0; i < list.n; i++) {
        const nm_article *a = list.items[i];
        for (size_t k = 0; k < a->n_quotes; k++) {
            const nm_quote *q = &a->quotes[k];
            const char *name = nm_quote_speaker_name(a, q);
            if (speaker && (!name || !strcasestr(name, speaker)))
                continue;
            nm_buf_reset(&o);
            speaker_label(a, q, &o);
            nm_buf_puts(&o, ": \xE2\x80\x9C");
            for (size_t f = 0; f < q->n_frags; f++) {
                if (f)
                    nm_buf_puts(&o, " \xE2\x80\xA6 ");
                nm_buf_append(&o, a->text + q->frags[f].start, q->frags[f].end - q->frags[f].start);
            }
            nm_buf_printf(&o, "\xE2\x80\x9D (%s, %s)\n", nm_quote_kind_str(q->kind), a->id);
            cli_write_stdout(o.data, o.len);
        }
    }
    nm_buf_deinit(&o);
    article_list_free(&list);
    return st.failed ? 1 : 0;
}
