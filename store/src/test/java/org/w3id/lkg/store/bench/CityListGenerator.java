package org.w3id.lkg.store.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Makes synthetic input for the store benchmark: many cities' power lists derived from one real list, in the same
 * format, so that loads can be measured at 1x, 100x, 1000x the seed.
 *
 * <p>Each derived list replaces the issuing city everywhere (title lines, 行使主体, …) and marks every item name with
 * the city, so lists differ in their organisations and items while keeping the seed's rows, columns, citations and
 * quirks. Run it as {@code java … CityListGenerator SEED COUNT OUT_DIR}; it writes {@code city-0001.txt} … .
 */
public final class CityListGenerator {
    /** The seed's city, as it appears in its title lines and columns. */
    static final String SEED_CITY = "伊宁市";
    /** Characters that make plausible two-character city names: 40 × 40 distinct names before a number is added. */
    private static final String NAME_CHARS = "安平宁远清河东西南北新华兴盛昌和泰嘉永康福阳山川江湖林源丰乐德明光启顺广长春云";
    /** A data row: the printed item number, then a tab. */
    private static final Pattern DATA_ROW = Pattern.compile("^\\d+\t.*");

    private final List<String> seedLines;

    public CityListGenerator(Path seed) {
        try {
            this.seedLines = Files.readAllLines(Objects.requireNonNull(seed, "seed"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed " + seed, e);
        }
    }

    /** The name of city {@code n} (1-based): distinct for every n. */
    static String cityName(int n) {
        int k = NAME_CHARS.length();
        int i = n - 1;
        String name = "" + NAME_CHARS.charAt(i % k) + NAME_CHARS.charAt((i / k) % k);
        return (i < k * k ? name : name + (i / (k * k))) + "市";
    }

    /** The seed's lines rewritten for city {@code n}. */
    public List<String> listFor(int n) {
        String city = cityName(n);
        List<String> out = new ArrayList<>(seedLines.size());
        for (String line : seedLines) {
            String rewritten = line.replace(SEED_CITY, city);
            out.add(DATA_ROW.matcher(rewritten).matches() ? markItemName(rewritten, city) : rewritten);
        }
        return out;
    }

    // The item name is the second column; the city goes after it in full-width brackets, as lists write qualifiers.
    private static String markItemName(String row, String city) {
        int first = row.indexOf('\t');
        int second = row.indexOf('\t', first + 1);
        if (second < 0) return row;
        return row.substring(0, second) + "（" + city + "）" + row.substring(second);
    }

    /** Writes lists 1..count into {@code dir} as {@code city-0001.txt} …; returns their paths. */
    public List<Path> writeCities(int count, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            Path file = dir.resolve("city-%04d.txt".formatted(n));
            Files.write(file, listFor(n), StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CityListGenerator SEED COUNT OUT_DIR");
            System.exit(2);
        }
        List<Path> files = new CityListGenerator(Path.of(args[0])).writeCities(Integer.parseInt(args[1]), Path.of(args[2]));
        System.out.println("wrote " + files.size() + " lists to " + args[2]);
    }
}
