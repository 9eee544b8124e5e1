package org.gordian;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.RunResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Java façade" snippet of docs/developing.md (linked from the README), taken as written, compiles against the library
 * and runs: its lines name the listed deals with the verdicts the façade gives, and its HTML report is
 * written.
 */
@Tag("slow")
class ReadmeFacadeTest {

  private static final Pattern SNIPPET =
      Pattern.compile("## Java façade\\R+```java\\R(.*?)\\R```", Pattern.DOTALL);

  /** The snippet's free variable {@code writer} is a file named by the first argument. */
  private static String program(String snippet) {
    return """
        import java.io.Writer;
        import java.nio.file.Files;
        import java.nio.file.Path;
        import org.gordian.*;
        import org.gordian.analysis.*;
        import org.gordian.report.*;

        public final class ReadmeFacade {
          public static void main(String[] args) throws Exception {
            try (Writer writer = Files.newBufferedWriter(Path.of(args[0]))) {
        %s
            }
          }
        }
        """.formatted(snippet.indent(6));
  }

  @Test
  void theReadmeSnippetCompilesAndRunsOnTheExample(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("docs/developing.md"));
    Matcher m = SNIPPET.matcher(readme);
    assertThat(m.find()).as("docs/developing.md has a ```java block right under '## Java façade'").isTrue();
    String snippet = m.group(1);
    assertThat(snippet).contains("Gordian.load(");

    Path src = dir.resolve("src/ReadmeFacade.java");
    Path classes = dir.resolve("classes");
    Files.createDirectories(src.getParent());
    Files.createDirectories(classes);
    Files.writeString(src, program(snippet));

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assertThat(compiler).as("a JDK's compiler").isNotNull();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled;
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-classpath", testClasspath(), "-d", classes.toString(), "-proc:none");
      compiled = compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(src)).call();
    }
    assertThat(compiled).as("the snippet compiles:%n%s", diagnostics.getDiagnostics()).isTrue();

    Path html = dir.resolve("report.html");
    String output;
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass("ReadmeFacade").getMethod("main", String[].class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      try {
        main.invoke(null, (Object) new String[] {html.toString()});
      } finally {
        System.setOut(stdout);
      }
      output = captured.toString(StandardCharsets.UTF_8);
    }

    // The same scenario's listed deals, straight from the façade (the deal space does not change them).
    RunResult direct = Gordian.load(Path.of("examples/hanoi-2019"))
        .run(RunOptions.defaults().withScenario("no-hardliner-pressure").withSpace(false).withAnalyses(false, 0));
    List<String> expected = new ArrayList<>();
    for (DealOutcome deal : direct.listed()) {
      expected.add(deal.id() + (deal.feasible() ? " feasible" : " vetoed by " + deal.verdict().vetoes()));
    }
    assertThat(expected).isNotEmpty();
    assertThat(output.lines().toList()).containsExactlyElementsOf(expected);
    assertThat(Files.readString(html)).contains("<html").contains("hanoi-2019");
  }

  private static String testClasspath() {
    String path = System.getProperty("surefire.test.class.path");
    return path != null && !path.isBlank() ? path : System.getProperty("java.class.path");
  }
}
