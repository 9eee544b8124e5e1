package org.gordian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.gordian.analysis.RunResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another Maven project can depend on org.gordian:gordian once it is installed: the library (this
 * build's classes with this pom) is installed into a scratch local repository, a minimal project
 * depending on it is compiled there by Maven, and its program runs on the resolved class path, which
 * holds the engine's dependencies and no Logback.
 *
 * <p>The scratch repository links every folder of the build's local repository except
 * org/gordian, so the nested builds need nothing that the build has not already fetched and leave the
 * real repository without a Gordian snapshot. They run offline when the build does. The manual check
 * is the README's: {@code mvn -B install -DskipTests}, then depend on org.gordian:gordian.
 */
@Tag("slow")
class LibraryConsumerTest {

  private static final String CONSUMER = """
      package example;

      import java.nio.file.Path;
      import org.gordian.Gordian;
      import org.gordian.RunOptions;
      import org.gordian.analysis.RunResult;

      public final class Consumer {
        public static void main(String[] args) {
          RunResult result = Gordian.load(Path.of(args[0]))
              .run(RunOptions.defaults().withSpace(false).withAnalyses(false, 0));
          System.out.println("listed=" + result.listed().size()
              + " feasible=" + result.listed().stream().filter(d -> d.feasible()).count());
        }
      }
      """;

  @Test
  void anotherMavenProjectCompilesAndRunsAgainstTheInstalledLibrary(@TempDir Path dir) throws Exception {
    Path mvn = onPath("mvn");
    assumeTrue(mvn != null, "skipped: no 'mvn' on the PATH to build a project that depends on the library");
    String version = required("gordian.version");
    Path repo = scratchRepository(Path.of(required("gordian.repo.local")), dir.resolve("repo"));

    Path jar = dir.resolve("gordian.jar");
    jarOf(Path.of(Gordian.class.getProtectionDomain().getCodeSource().getLocation().toURI()), jar);
    maven(mvn, dir, repo,
        "org.apache.maven.plugins:maven-install-plugin:" + required("gordian.install.version") + ":install-file", "-Dfile=" + jar,
        "-DpomFile=" + Path.of("pom.xml").toAbsolutePath());

    Path consumer = dir.resolve("consumer");
    Files.createDirectories(consumer.resolve("src/main/java/example"));
    Files.writeString(consumer.resolve("pom.xml"), consumerPom(version));
    Files.writeString(consumer.resolve("src/main/java/example/Consumer.java"), CONSUMER);
    Path classpathFile = consumer.resolve("classpath.txt");
    maven(mvn, consumer, repo, "compile", "dependency:build-classpath", "-Dmdep.outputFile=" + classpathFile);

    List<String> classpath = Arrays.asList(Files.readString(classpathFile).trim().split(File.pathSeparator));
    List<String> names = classpath.stream().map(p -> Path.of(p).getFileName().toString()).toList();
    assertThat(names).anyMatch(n -> n.startsWith("gordian-" + version))
        .anyMatch(n -> n.startsWith("drools-core-"))
        .anyMatch(n -> n.startsWith("drools-decisiontables-"))
        .anyMatch(n -> n.startsWith("snakeyaml-"))
        .anyMatch(n -> n.startsWith("jackson-core-"))
        .anyMatch(n -> n.startsWith("poi-"))
        .anyMatch(n -> n.startsWith("slf4j-api-"))
        .noneMatch(n -> n.startsWith("logback-"));

    List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", consumer.resolve("target/classes") + File.pathSeparator + String.join(File.pathSeparator, classpath),
        "example.Consumer", Path.of("examples/hanoi-2019").toAbsolutePath().toString()));
    String out = run(java, consumer);
    RunResult direct = Gordian.load(Path.of("examples/hanoi-2019"))
        .run(RunOptions.defaults().withSpace(false).withAnalyses(false, 0));
    assertThat(out.lines()).contains("listed=" + direct.listed().size() + " feasible="
        + direct.listed().stream().filter(d -> d.feasible()).count());
  }

  private static String consumerPom(String version) {
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>example</groupId>
          <artifactId>consumer</artifactId>
          <version>1</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencies>
            <dependency>
              <groupId>org.gordian</groupId>
              <artifactId>gordian</artifactId>
              <version>%s</version>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>%s</version>
              </plugin>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-resources-plugin</artifactId>
                <version>%s</version>
              </plugin>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-dependency-plugin</artifactId>
                <version>%s</version>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(version, required("gordian.compiler.version"), required("gordian.resources.version"),
        required("gordian.dependency.version"));
  }

  /** A local repository whose folders link to the build's, with org/gordian its own. */
  private static Path scratchRepository(Path real, Path scratch) throws IOException {
    assertThat(real).as("the build's local repository").isDirectory();
    Files.createDirectories(scratch.resolve("org"));
    try (Stream<Path> top = Files.list(real)) {
      for (Path p : top.filter(p -> !p.getFileName().toString().equals("org")).toList()) {
        Files.createSymbolicLink(scratch.resolve(p.getFileName().toString()), p);
      }
    }
    if (Files.isDirectory(real.resolve("org"))) {
      try (Stream<Path> org = Files.list(real.resolve("org"))) {
        for (Path p : org.filter(p -> !p.getFileName().toString().equals("gordian")).toList()) {
          Files.createSymbolicLink(scratch.resolve("org").resolve(p.getFileName().toString()), p);
        }
      }
    }
    return scratch;
  }

  /** The library jar's content: the compiled classes and resources. */
  private static void jarOf(Path classes, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> all = Files.walk(classes)) {
      for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace(File.separatorChar, '/')));
        Files.copy(p, out);
        out.closeEntry();
      }
    }
  }

  private static void maven(Path mvn, Path dir, Path repo, String... goals) throws Exception {
    List<String> command = new ArrayList<>(List.of(mvn.toString(), "-B", "-q", "-Dstyle.color=never",
        "-Dmaven.repo.local=" + repo));
    if ("offline=true".equals(System.getProperty("gordian.maven.offline"))) {
      command.add("-o");
    }
    command.addAll(List.of(goals));
    run(command, dir);
  }

  private static String run(List<String> command, Path dir) throws Exception {
    Path log = Files.createTempFile(dir, "out", ".log");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    boolean done = p.waitFor(10, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(done && p.exitValue() == 0).as("%s exits 0 in %s:%n%s", command, dir, out).isTrue();
    return out;
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    assertThat(value).as("system property %s (set by the pom's surefire configuration)", property)
        .isNotBlank();
    return value;
  }

  private static Path onPath(String command) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(d.isEmpty() ? "." : d, command);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }
}
