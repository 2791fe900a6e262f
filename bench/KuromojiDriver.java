// Tokenizes a file line by line with Lucene's Kuromoji (Debian's liblucene8-java) in normal mode, for
// bench/tokenizers.sh. Compiled by the script with javac into a temporary folder; never committed as a binary.
//   java KuromojiDriver FILE          writes the words as mecab -Owakati does (the same work as the other tools)
//   java KuromojiDriver --stats FILE  prints: <tokens> <first-token-ms> <total-ms>
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

public final class KuromojiDriver {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        boolean stats = args[0].equals("--stats");
        String file = stats ? args[1] : args[0];
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        // Same settings as MeCab: no user dictionary, punctuation kept, normal mode.
        JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
        CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        long tokens = 0;
        double firstMs = -1;
        try (BufferedReader lines = Files.newBufferedReader(Paths.get(file), StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                tokenizer.setReader(new StringReader(line));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    if (firstMs < 0) {
                        firstMs = (System.nanoTime() - start) / 1e6;
                    }
                    tokens++;
                    // Kuromoji makes whitespace a token when punctuation is kept; MeCab never does.
                    if (!stats && !term.toString().isBlank()) {
                        out.append(term).append(' ');
                    }
                }
                if (!stats) {
                    out.append('\n');
                }
                tokenizer.end();
                tokenizer.close();
            }
        }
        out.flush();
        if (stats) {
            System.out.printf("%d %.0f %.0f%n", tokens, firstMs, (System.nanoTime() - start) / 1e6);
        }
    }
}
