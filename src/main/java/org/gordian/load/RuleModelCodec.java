package org.gordian.load;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gordian.model.drl.Code;
import org.gordian.model.drl.JavaTokens;
import org.gordian.model.drl.RuleFile;
import org.gordian.model.drl.RuleInfo;

/**
 * The rule model of a set of files as bytes, kept in a rule-cache entry beside the compiled rules,
 * so that rules read back from the cache need no parsing either: reading the model back costs a
 * few milliseconds where Drools' parser takes a fifth of a second to start. What goes in comes out
 * equal ({@code RuleModelCodecTest} round-trips every shipped rule file); the entry's digest and
 * key guard the bytes, and the loader uses a model only for the very texts it was made from.
 */
final class RuleModelCodec {
  private RuleModelCodec() {}

  /** The files' models, in order. */
  static byte[] write(List<RuleFile> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    Out out = new Out(new DataOutputStream(bytes));
    out.list(files, out::file);
    out.data.flush();
    return bytes.toByteArray();
  }

  /** The models written by {@link #write}, by path, in order. */
  static Map<Path, RuleFile> read(byte[] bytes) throws IOException {
    In in = new In(new DataInputStream(new ByteArrayInputStream(bytes)));
    Map<Path, RuleFile> out = new LinkedHashMap<>();
    for (RuleFile f : in.list(in::file)) {
      out.put(f.path(), f);
    }
    if (in.data.available() > 0) {
      throw new IOException("the rule model holds " + in.data.available() + " bytes more than it describes");
    }
    return out;
  }

  private interface Writer<T> {
    void write(T value) throws IOException;
  }

  private interface Reader<T> {
    T read() throws IOException;
  }

  private static final class Out {
    final DataOutputStream data;

    Out(DataOutputStream data) {
      this.data = data;
    }

    void string(String s) throws IOException {
      if (s == null) {
        data.writeInt(-1);
        return;
      }
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      data.writeInt(b.length);
      data.write(b);
    }

    <T> void list(List<T> items, Writer<T> each) throws IOException {
      data.writeInt(items.size());
      for (T t : items) {
        each.write(t);
      }
    }

    <T> void map(Map<String, T> items, Writer<T> each) throws IOException {
      data.writeInt(items.size());
      for (var e : items.entrySet()) {
        string(e.getKey());
        each.write(e.getValue());
      }
    }

    void file(RuleFile f) throws IOException {
      string(f.path().toString());
      string(f.text());
      string(f.packageName());
      data.writeInt(f.packageLine());
      list(f.imports(), i -> {
        string(i.target());
        data.writeInt(i.line());
      });
      list(f.globals(), g -> {
        string(g.type());
        string(g.name());
        data.writeInt(g.line());
      });
      list(f.functions(), fn -> {
        string(fn.name());
        data.writeInt(fn.line());
        code(fn.body());
      });
      list(f.declaredTypes(), t -> {
        string(t.name());
        data.writeInt(t.line());
        data.writeInt(t.column());
        list(t.fields(), field -> {
          string(field.name());
          string(field.type());
          data.writeInt(field.line());
        });
      });
      map(f.attributes(), this::string);
      list(f.rules(), this::rule);
      list(f.queries(), this::rule);
      list(f.errors(), e -> {
        data.writeInt(e.line());
        data.writeInt(e.column());
        string(e.message());
      });
    }

    void rule(RuleInfo r) throws IOException {
      string(r.file().toString());
      string(r.packageName());
      string(r.name());
      data.writeBoolean(r.query());
      data.writeInt(r.line());
      data.writeInt(r.column());
      data.writeInt(r.endLine());
      data.writeInt(r.start());
      data.writeInt(r.end());
      map(r.metadata(), this::string);
      map(r.attributes(), this::string);
      string(r.parent().orElse(null));
      list(r.patterns(), p -> {
        string(p.type());
        string(p.binding());
        data.writeInt(p.line());
        data.writeInt(p.column());
      });
      list(r.conditions(), this::code);
      code(r.consequence());
      map(r.namedConsequences(), this::code);
    }

    void code(Code c) throws IOException {
      data.writeBoolean(c != null);
      if (c == null) {
        return;
      }
      string(c.text());
      data.writeInt(c.offset());
      data.writeInt(c.line());
      data.writeInt(c.column());
      data.writeBoolean(c.tokens().clean());
      list(c.tokens().tokens(), t -> {
        data.writeByte(t.kind().ordinal());
        string(t.text());
        data.writeInt(t.offset());
      });
    }
  }

  private static final class In {
    private static final JavaTokens.Kind[] KINDS = JavaTokens.Kind.values();
    final DataInputStream data;

    In(DataInputStream data) {
      this.data = data;
    }

    String string() throws IOException {
      int n = count();
      if (n < 0) {
        return null;
      }
      return new String(data.readNBytes(n), StandardCharsets.UTF_8);
    }

    /** A length or a count, checked against what is left to read (a damaged length must not allocate). */
    private int count() throws IOException {
      int n = data.readInt();
      if (n < -1 || n > data.available()) {
        throw new IOException("the rule model is damaged: a length of " + n + " with " + data.available() + " bytes left");
      }
      return n;
    }

    <T> List<T> list(Reader<T> each) throws IOException {
      int n = count();
      List<T> out = new ArrayList<>(Math.max(n, 0));
      for (int i = 0; i < n; i++) {
        out.add(each.read());
      }
      return out;
    }

    <T> Map<String, T> map(Reader<T> each) throws IOException {
      int n = count();
      Map<String, T> out = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        out.put(string(), each.read());
      }
      return out;
    }

    RuleFile file() throws IOException {
      Path path = Path.of(string());
      String text = string();
      String packageName = string();
      int packageLine = data.readInt();
      List<RuleFile.Import> imports = list(() -> new RuleFile.Import(string(), data.readInt()));
      List<RuleFile.Global> globals = list(() -> new RuleFile.Global(string(), string(), data.readInt()));
      List<RuleFile.Function> functions = list(() -> new RuleFile.Function(string(), data.readInt(), code()));
      List<RuleFile.DeclaredType> types = list(() -> new RuleFile.DeclaredType(string(), data.readInt(), data.readInt(),
          list(() -> new RuleFile.Field(string(), string(), data.readInt()))));
      Map<String, String> attributes = map(this::string);
      List<RuleInfo> rules = list(this::rule);
      List<RuleInfo> queries = list(this::rule);
      List<RuleFile.ParseError> errors = list(() -> new RuleFile.ParseError(data.readInt(), data.readInt(), string()));
      return new RuleFile(path, text, packageName, packageLine, imports, globals, functions, types, attributes, rules,
          queries, errors);
    }

    RuleInfo rule() throws IOException {
      Path file = Path.of(string());
      String packageName = string();
      String name = string();
      boolean query = data.readBoolean();
      int line = data.readInt();
      int column = data.readInt();
      int endLine = data.readInt();
      int start = data.readInt();
      int end = data.readInt();
      Map<String, String> metadata = map(this::string);
      Map<String, String> attributes = map(this::string);
      Optional<String> parent = Optional.ofNullable(string());
      List<RuleInfo.PatternInfo> patterns = list(() -> new RuleInfo.PatternInfo(string(), string(), data.readInt(),
          data.readInt()));
      List<Code> conditions = list(this::code);
      Code consequence = code();
      Map<String, Code> named = map(this::code);
      return new RuleInfo(file, packageName, name, query, line, column, endLine, start, end, metadata, attributes, parent,
          patterns, conditions, consequence, named);
    }

    Code code() throws IOException {
      if (!data.readBoolean()) {
        return null;
      }
      String text = string();
      int offset = data.readInt();
      int line = data.readInt();
      int column = data.readInt();
      boolean clean = data.readBoolean();
      List<JavaTokens.Token> tokens = list(() -> {
        int kind = data.readUnsignedByte();
        if (kind >= KINDS.length) {
          throw new IOException("the rule model is damaged: token kind " + kind);
        }
        return new JavaTokens.Token(KINDS[kind], string(), data.readInt());
      });
      return new Code(text, offset, line, column, new JavaTokens(tokens, clean));
    }
  }
}
