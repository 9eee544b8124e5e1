package org.gordian.engine.drools;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.drl.parser.ParserError;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles DRL texts with Drools' knowledge builder and hands back the knowledge base, the
 * compiler's messages in plain terms, and the compiled form as bytes that a later run can read
 * back without compiling ({@link #readImage}).
 */
public final class DrlCompiler {
  private DrlCompiler() {}

  /**
   * One DRL text to compile.
   *
   * @param sourcePath the name the compiler's messages give it back under
   * @param text the DRL as Drools should read it
   */
  public record Source(String sourcePath, String text) {}

  /**
   * One message of the compiler.
   *
   * @param sourcePath the source it is about, or null
   * @param line the first line it names, 0 when none
   * @param parserRow the parser's own row, 0 when the message is not the parser's
   * @param parserColumn the parser's own column (0-based), meaningful when {@code parserRow} is above 0
   * @param kind the kind of message, for the log
   */
  public record Message(boolean error, String sourcePath, int line, int parserRow, int parserColumn, String text,
      String kind) {}

  /** What one compile made: the messages, and the rules when it made them. */
  public static final class Build {
    private final KnowledgeBuilder builder;
    private final List<Message> messages;
    private final RuntimeException thrown;

    private Build(KnowledgeBuilder builder, List<Message> messages, RuntimeException thrown) {
      this.builder = builder;
      this.messages = messages;
      this.thrown = thrown;
    }

    /** The errors and warnings, in the compiler's order. */
    public List<Message> messages() {
      return messages;
    }

    /** What the compiler threw instead of reporting (some defects, such as a type mismatch, do), or null. */
    public RuntimeException thrown() {
      return thrown;
    }

    /** A knowledge base of the compiled rules. */
    public KieBase newKieBase() {
      return builder.newKieBase();
    }

    /**
     * The compiled form as bytes: Drools' serialised form of the declared types' class bytes and of
     * the packages.
     */
    public byte[] image() throws IOException {
      ProjectClassLoader loader = (ProjectClassLoader) ((KnowledgeBuilderImpl) builder).getRootClassLoader();
      Map<String, byte[]> store = loader.getStore() == null ? Map.of() : loader.getStore();
      ByteArrayOutputStream payload = new ByteArrayOutputStream();
      try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(payload)) {
        out.writeObject(new HashMap<>(store));
        out.writeObject(new ArrayList<>(builder.getKnowledgePackages()));
      }
      return payload.toByteArray();
    }
  }

  private static Resource resource(Source s) {
    Resource r = ResourceFactory.newByteArrayResource(s.text().getBytes(StandardCharsets.UTF_8));
    r.setSourcePath(s.sourcePath());
    return r;
  }

  /** Compiles the sources together. */
  public static Build compile(List<Source> sources) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    CompositeKnowledgeBuilder batch = builder.batch();
    sources.forEach(s -> batch.add(resource(s), ResourceType.DRL));
    RuntimeException thrown = null;
    try {
      batch.build();
    } catch (RuntimeException e) {
      thrown = e;
    }
    return new Build(builder, messages(builder), thrown);
  }

  /**
   * Compiles the sources into a built knowledge base, replacing its rules of the same names; the
   * messages say whether it went cleanly (when not, the knowledge base must not be used).
   */
  public static List<Message> addTo(KieBase kieBase, List<Source> sources) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(kieBase);
    sources.forEach(s -> builder.add(resource(s), ResourceType.DRL));
    return messages(builder);
  }

  private static List<Message> messages(KnowledgeBuilder builder) {
    List<Message> out = new ArrayList<>();
    for (KnowledgeBuilderResult r : builder.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING)) {
      Resource res = r.getResource();
      int[] lines = r.getLines();
      int row = r instanceof ParserError p ? p.getRow() : 0;
      int col = r instanceof ParserError p ? p.getCol() : 0;
      out.add(new Message(r.getSeverity() == ResultSeverity.ERROR, res == null ? null : res.getSourcePath(),
          lines != null && lines.length > 0 ? lines[0] : 0, row, col, r.getMessage() == null ? "" : r.getMessage(),
          r.getClass().getSimpleName()));
    }
    return out;
  }

  /**
   * A knowledge base read back from the bytes of an {@link Build#image}; the declared types'
   * classes are defined at once, so that bad bytes fail here and not in a session.
   */
  @SuppressWarnings("unchecked")
  public static KieBase readImage(byte[] bytes, int offset, int length) throws IOException, ClassNotFoundException {
    InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
    ProjectClassLoader loader = (ProjectClassLoader) kieBase.getRootClassLoader();
    Map<String, byte[]> classes;
    try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes, offset, length),
        loader)) {
      classes = (Map<String, byte[]>) in.readObject();
      // The declared types' classes first: the packages refer to them.
      loader.storeClasses(classes);
      kieBase.addPackages((Collection<InternalKnowledgePackage>) in.readObject());
    }
    for (String name : classes.keySet()) {
      if (name.endsWith(".class")) {
        loader.loadClass(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
      }
    }
    return kieBase;
  }

  /** A class of the compiler's code, to tell one Drools build from another by where it was loaded from. */
  public static Class<?> compilerClass() {
    return KnowledgeBuilderImpl.class;
  }
}
