// Peer harness: boilerpipe ArticleExtractor (Debian libboilerpipe-java) on
// a folder of pages. Pages are read into memory; one full untimed round
// warms the JIT, the second round is timed. Writes {id: {articleBody}} to
// OUT, prints "pages SECONDS BYTES".
// usage: java -cp ... BoilerpipeBench HTML_DIR OUT.json
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

public class BoilerpipeBench {
    static String extract(String html) {
        try {
            String t = ArticleExtractor.INSTANCE.getText(html);
            return t == null ? "" : t;
        } catch (Throwable e) {
            return "";
        }
    }

    static void jsonString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        sb.append('"');
    }

    public static void main(String[] args) throws Exception {
        File[] files = new File(args[0]).listFiles((d, n) -> n.endsWith(".html"));
        Arrays.sort(files);
        List<String> ids = new ArrayList<>(), pages = new ArrayList<>();
        long bytes = 0;
        for (File f : files) {
            byte[] raw = Files.readAllBytes(f.toPath());
            bytes += raw.length;
            ids.add(f.getName().substring(0, f.getName().length() - 5));
            pages.add(new String(raw, StandardCharsets.UTF_8));
        }
        for (String p : pages) extract(p);
        String[] out = new String[pages.size()];
        long t0 = System.nanoTime();
        for (int i = 0; i < pages.size(); i++) out[i] = extract(pages.get(i));
        double secs = (System.nanoTime() - t0) / 1e9;
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < out.length; i++) {
            if (i > 0) sb.append(',');
            jsonString(sb, ids.get(i));
            sb.append(":{\"articleBody\":");
            jsonString(sb, out[i]);
            sb.append('}');
        }
        sb.append('}');
        Files.write(Paths.get(args[1]), sb.toString().getBytes(StandardCharsets.UTF_8));
        System.out.println(pages.size() + " " + secs + " " + bytes);
    }
}
