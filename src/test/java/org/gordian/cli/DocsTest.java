package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README and the pages of {@code docs/} hold together: every relative link leads to a file that
 * exists (and to a heading of it when it names one), every page is linked from the README, and
 * every command a page shows in an {@code sh} block runs from the repository's root and exits as
 * the page says. Commands that write write under a temporary folder: {@code /tmp/…} paths and the
 * paths after {@code --out}/{@code -o}/{@code --db}/{@code --parquet} are moved there, and globs are
 * expanded there. Benchmarks ({@code mvn}, {@code bench/}), measurements over more than 5,000,000
 * deals and {@code watch} (which runs until stopped) are skipped and listed.
 * {@code docs/first-case.md} runs in a folder of its own: {@link FirstCaseDocTest}.
 */
class DocsTest {
  static final Path README = Path.of("README.md");
  static final Path DOCS = Path.of("docs");
  static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");

  @TempDir
  Path tmp;

  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(README));
    try (Stream<Path> docs = Files.list(DOCS)) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  @Test
  void everyRelativeLinkLeadsToAFileAndAHeadingThatExist() throws IOException {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path page : pages()) {
      for (String target : links(Files.readString(page))) {
        if (target.matches("^[a-z]+:.*")) {
          continue;
        }
        links++;
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? page : page.resolveSibling(file).normalize();
        if (!Files.exists(resolved)) {
          broken.add(page + ": " + target + " (no file " + resolved + ")");
        } else if (hash >= 0 && !anchors(resolved).contains(target.substring(hash + 1))) {
          broken.add(page + ": " + target + " (no heading #" + target.substring(hash + 1) + " in " + resolved
              + "; it has " + anchors(resolved) + ")");
        }
      }
    }
    assertThat(broken).as("broken links").isEmpty();
    assertThat(links).isGreaterThan(20);
  }

  @Test
  void theReadmeLinksEveryPageOfTheDocsAndStaysShort() throws IOException {
    Set<Path> linked = new LinkedHashSet<>();
    String readme = Files.readString(README);
    for (String target : links(readme)) {
      linked.add(Path.of(target.replaceAll("#.*$", "")).normalize());
    }
    List<Path> docs = pages().subList(1, pages().size());
    assertThat(linked).as("pages the README links").containsAll(docs);
    assertThat(readme.lines().count()).as("lines of the README").isLessThanOrEqualTo(200);
  }

  @Test
  void slugsAreThoseAForgeGivesHeadings() {
    assertThat(slug("Start-up, the launcher and the rule cache")).isEqualTo("start-up-the-launcher-and-the-rule-cache");
    assertThat(slug("Trust: rules are code, cases are data")).isEqualTo("trust-rules-are-code-cases-are-data");
    assertThat(slug("Java façade")).isEqualTo("java-façade");
    assertThat(slug("The `Deal` questions")).isEqualTo("the-deal-questions");
  }

  @Test
  @Tag("slow")
  void everyCommandAPageShowsRunsAsThePageSays() throws IOException {
    Set<String> before = rootFiles();
    List<String> skipped = new ArrayList<>();
    List<String> times = new ArrayList<>();
    int ran = 0;
    for (Path page : pages()) {
      if (page.equals(FirstCaseDocTest.DOC)) {
        skipped.add(page + ": every command (run in a folder of its own by FirstCaseDocTest)");
        continue;
      }
      for (DocCommands.Block block : DocCommands.blocks(Files.readString(page))) {
        if (!block.lang().equals("sh")) {
          continue;
        }
        for (DocCommands.Command command : DocCommands.commands(block)) {
          for (String[] part : parts(command.words())) {
            String why = skip(part);
            if (why != null) {
              skipped.add(page + ": " + command.line() + " (" + why + ")");
            } else if (part[0].equals("./gordian") || part[0].equals("gordian")) {
              String[] args = gordianArgs(part);
              long start = System.nanoTime();
              Cli.Result r = Cli.run(args);
              times.add(String.format("%6.1f s  %s: %s", (System.nanoTime() - start) / 1e9, page, command.line()));
              assertThat(r.code()).as("%s: %s (run as %s)%n%s%s", page, command.line(), Arrays.toString(args), r.out(),
                  r.err()).isEqualTo(command.exit());
              ran++;
            } else {
              shell(page, command.line(), part);
            }
          }
        }
      }
    }
    System.out.println("DocsTest: ran " + ran + " commands of the README and docs/:");
    times.forEach(t -> System.out.println("  " + t));
    System.out.println("DocsTest: skipped " + skipped.size() + ":");
    skipped.forEach(s -> System.out.println("  skipped " + s));
    assertThat(ran).isGreaterThanOrEqualTo(15);
    assertThat(rootFiles()).as("files in the repository's root after the commands").isEqualTo(before);
  }

  /** The targets of the links of a page, leaving out fenced blocks and code spans. */
  static List<String> links(String page) {
    String text = DocCommands.FENCE.matcher(page).replaceAll("").replaceAll("`[^`\\n]*`", "");
    List<String> targets = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      targets.add(m.group(1));
    }
    return targets;
  }

  /** The anchors a forge gives the headings of a page. */
  static Set<String> anchors(Path page) throws IOException {
    Set<String> anchors = new LinkedHashSet<>();
    if (!page.toString().endsWith(".md")) {
      return anchors;
    }
    Matcher m = HEADING.matcher(DocCommands.FENCE.matcher(Files.readString(page)).replaceAll(""));
    while (m.find()) {
      String slug = slug(m.group(1));
      String anchor = slug;
      for (int n = 1; anchors.contains(anchor); n++) {
        anchor = slug + "-" + n;
      }
      anchors.add(anchor);
    }
    return anchors;
  }

  /** A heading's anchor: lower case, punctuation dropped, spaces made hyphens. */
  static String slug(String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
  }

  /** A line's commands, split at {@code &&}. */
  private static List<String[]> parts(String[] words) {
    List<String[]> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= words.length; i++) {
      if (i == words.length || words[i].equals("&&")) {
        parts.add(Arrays.copyOfRange(words, from, i));
        from = i + 1;
      }
    }
    return parts;
  }

  /** Why a command is not run, or null. */
  private static String skip(String[] words) {
    if (words[0].equals("mvn") || words[0].startsWith("bench/")) {
      return "a build or benchmark";
    }
    if (words.length > 1 && words[1].equals("watch")) {
      return "runs until stopped";
    }
    for (int i = 0; i + 1 < words.length; i++) {
      if (words[i].equals("--limit") && Long.parseLong(words[i + 1].replace(",", "")) > 5_000_000) {
        return "a measurement over more than 5,000,000 deals";
      }
    }
    return null;
  }

  /** The command's arguments, with the paths it writes moved under the temporary folder. */
  private String[] gordianArgs(String[] words) throws IOException {
    List<String> args = new ArrayList<>();
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      String option = i > 1 ? words[i - 1] : "";
      if (w.startsWith("/tmp/") || List.of("--out", "-o", "--db", "--parquet").contains(option)) {
        args.add(here(w).toString());
      } else if (w.startsWith("--out=")) {
        args.add("--out=" + here(w.substring("--out=".length())));
      } else if (w.contains("*")) {
        args.addAll(glob(w));
      } else if (!w.startsWith("-") && !w.startsWith("/") && !w.contains("..") && Files.exists(tmp.resolve(w))) {
        // A folder an earlier command of the page wrote (a shard's --out that merge reads).
        args.add(here(w).toString());
      } else {
        args.add(w);
      }
    }
    return args.toArray(String[]::new);
  }

  /** A path a page writes, under the temporary folder. */
  private Path here(String path) {
    Path p = tmp.resolve(path.startsWith("/tmp/") ? path.substring("/tmp/".length()) : path).normalize();
    assertThat(p.startsWith(tmp)).as("%s stays under the temporary folder", path).isTrue();
    return p;
  }

  /** The paths under the temporary folder that a glob as a shell reads it matches, sorted. */
  private List<String> glob(String pattern) throws IOException {
    Path p = here(pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern);
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + p.getFileName());
    try (Stream<Path> files = Files.list(p.getParent())) {
      List<String> matches = files.filter(f -> matcher.matches(f.getFileName())).sorted().map(Path::toString).toList();
      assertThat(matches).as("what %s matches", pattern).isNotEmpty();
      return matches;
    }
  }

  /** The few shell commands the pages use to prepare a step: copying and removing folders. */
  private void shell(Path page, String line, String[] words) throws IOException {
    if (words[0].equals("rm") && words.length == 3 && words[1].equals("-rf")) {
      Path target = here(words[2]);
      if (Files.exists(target)) {
        try (Stream<Path> files = Files.walk(target)) {
          for (Path f : files.sorted((a, b) -> b.compareTo(a)).toList()) {
            Files.delete(f);
          }
        }
      }
    } else if (words[0].equals("cp") && words.length == 4 && words[1].equals("-r")) {
      Path from = Path.of(words[2]);
      Path to = here(words[3]);
      try (Stream<Path> files = Files.walk(from)) {
        for (Path f : files.toList()) {
          Path t = to.resolve(from.relativize(f).toString());
          if (Files.isDirectory(f)) {
            Files.createDirectories(t);
          } else {
            Files.copy(f, t);
          }
        }
      }
    } else {
      fail(page + " shows a command this test cannot run: " + line);
    }
  }

  private static Set<String> rootFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("."))) {
      return new java.util.TreeSet<>(files.map(p -> p.getFileName().toString()).toList());
    }
  }
}
