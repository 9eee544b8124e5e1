package org.gordian.engine.drools;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.Message;

/**
 * Compiles a spreadsheet decision table ({@code .csv}, or {@code .xlsx} through Apache POI) into
 * DRL with Drools' own decision-table compiler, and says for each generated rule the row and cell
 * it comes from, so that provenance and diagnostics name the table, not the generated text.
 *
 * <p>Of a workbook, the first worksheet is compiled. Drools writes {@code // rule values at B9, header at B4} above each rule it generates; that
 * comment gives the row and the first cell of the rule.
 */
public final class DecisionTables {
  private static final Pattern VALUES_AT = Pattern.compile("^// rule values at (?:(.+)!)?([A-Z]+)(\\d+), header at");
  private static final Pattern RULE = Pattern.compile("^rule \"(.*)\"\\s*$");
  private static final Pattern UNFILLED = Pattern.compile("\\$(?:param|\\d+)\\b");
  private static final Pattern CELL = Pattern.compile("\\b([A-Z]{1,3})(\\d+)\\b");

  private DecisionTables() {}

  /**
   * Where one generated rule comes from.
   *
   * @param row the 1-based row of its values
   * @param cell its first cell, such as {@code B9}
   * @param sheet the worksheet's name, or the empty string for a CSV file
   * @param firstLine the 1-based line of the generated DRL where the rule starts (its comment)
   * @param lastLine the 1-based line of its {@code end}
   */
  public record Place(int row, String cell, String sheet, int firstLine, int lastLine) {
    /** {@code Sheet1!B9}, or {@code B9} in a CSV file. */
    public String label() {
      return sheet.isEmpty() ? cell : sheet + "!" + cell;
    }
  }

  /**
   * A compiled table.
   *
   * @param drl the generated DRL, empty when the table could not be compiled
   * @param places where each generated rule comes from, by rule name
   * @param problems what the compiler refused, located in the table's file
   */
  public record Table(String drl, Map<String, Place> places, List<Diagnostic> problems, List<List<String>> rows) {}

  /** Whether a file is a decision table Gordian reads: {@code .csv} or {@code .xlsx}. */
  public static boolean isTable(Path file) {
    String n = file.getFileName() == null ? "" : file.getFileName().toString();
    return n.endsWith(".csv") || n.endsWith(".xlsx");
  }

  /** Compiles a decision table's bytes. */
  public static Table compile(Path file, byte[] bytes) {
    boolean csv = file.getFileName().toString().endsWith(".csv");
    List<List<String>> grid;
    List<String> sheets = new ArrayList<>();
    try {
      grid = csv ? csvGrid(bytes) : workbookGrid(bytes, sheets);
    } catch (IOException | RuntimeException e) {
      return failed(file, 0, Message.TABLE_UNREADABLE.say(firstLine(e)));
    }
    String drl;
    try {
      drl = csv
          ? new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), InputType.CSV)
          : new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), sheets.get(0));
    } catch (RuntimeException e) {
      return failed(file, grid, sheets, firstLine(e));
    }
    if (!sheets.isEmpty()) {
      // The sheet goes into Drools' own comment, so that the DRL alone says where each rule comes from.
      drl = drl.replace("// rule values at ", "// rule values at " + sheets.get(0) + "!");
    }
    Map<String, Place> places = places(drl);
    if (places.isEmpty()) {
      return failed(file, 0, Message.TABLE_MAKES_NO_RULE.say());
    }
    Table table = new Table(drl, Map.copyOf(places), List.of(), grid);
    // A template whose cell gives fewer comma-separated values than it asks for keeps its "$2":
    // Drools compiles that as written, so it is refused here, at the cell.
    List<Diagnostic> unfilled = new ArrayList<>();
    String[] generated = drl.split("\n", -1);
    for (int i = 0; i < generated.length; i++) {
      Matcher m = UNFILLED.matcher(generated[i]);
      if (m.find() && !generated[i].strip().startsWith("//")) {
        Spot s = locate(table, i + 1).orElse(new Spot(0, "", ""));
        unfilled.add(Diagnostic.error(file, s.row(), 0, Message.TABLE_CELL_TOO_FEW_VALUES.say(s.label(),
            (s.value().isEmpty() ? "" : " ('" + s.value()
            + "')"), m.group())));
      }
    }
    return unfilled.isEmpty() ? table : new Table(drl, table.places(), List.copyOf(unfilled), grid);
  }

  /** Where each rule of DRL generated from a table comes from, read from the comments above the rules. */
  public static Map<String, Place> places(String drl) {
    Map<String, Place> places = new LinkedHashMap<>();
    String[] lines = drl.split("\n", -1);
    Place pending = null;
    String name = null;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      Matcher v = VALUES_AT.matcher(l);
      Matcher r = RULE.matcher(l);
      if (v.find()) {
        pending = new Place(Integer.parseInt(v.group(3)), v.group(2) + v.group(3), v.group(1) == null ? "" : v.group(1),
            i + 1, 0);
      } else if (r.matches() && pending != null) {
        name = r.group(1);
        places.put(name, pending);
      } else if (l.equals("end") && name != null) {
        Place p = places.get(name);
        places.put(name, new Place(p.row(), p.cell(), p.sheet(), p.firstLine(), i + 1));
        name = null;
        pending = null;
      }
    }
    return places;
  }

  /**
   * Where a line of the generated DRL comes from: the rule around it, and the first cell of the
   * rule's row whose value (each of its comma-separated values) the line shows, else the rule's first cell.
   *
   * @return the row and the cell, such as {@code Sheet1!C9}, or empty when
   *     the line is outside every rule
   */
  public static java.util.Optional<Spot> locate(Table table, int drlLine) {
    String[] lines = table.drl().split("\n", -1);
    String text = drlLine >= 1 && drlLine <= lines.length ? lines[drlLine - 1] : "";
    for (Place p : table.places().values()) {
      if (drlLine >= p.firstLine() && drlLine <= p.lastLine()) {
        List<String> row = p.row() <= table.rows().size() ? table.rows().get(p.row() - 1) : List.of();
        int first = CellReference.convertColStringToIndex(p.cell().replaceAll("\\d", ""));
        for (int c = first; c < row.size(); c++) {
          String v = row.get(c).strip();
          if (!v.isEmpty() && java.util.Arrays.stream(v.split(",")).map(String::strip).allMatch(text::contains)) {
            String cell = CellReference.convertNumToColString(c) + p.row();
            return java.util.Optional.of(new Spot(p.row(), (p.sheet().isEmpty() ? "" : p.sheet() + "!") + cell, v));
          }
        }
        return java.util.Optional.of(new Spot(p.row(), p.label(), ""));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The cell of a rule's row whose value a message quotes as a whole word (the longest, when
   * several do), for messages that give no line.
   */
  public static java.util.Optional<Spot> quoted(Table table, String message) {
    Spot best = null;
    for (Place p : table.places().values()) {
      List<String> row = p.row() <= table.rows().size() ? table.rows().get(p.row() - 1) : List.of();
      for (int c = 0; c < row.size(); c++) {
        String v = row.get(c).strip();
        if (!v.isEmpty() && (best == null || v.length() > best.value().length())
            && Pattern.compile("(?<![\\w-])" + Pattern.quote(v) + "(?![\\w-])").matcher(message).find()) {
          best = new Spot(p.row(), (p.sheet().isEmpty() ? "" : p.sheet() + "!") + CellReference.convertNumToColString(c)
              + p.row(), v);
        }
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  /** A cell: its 1-based row, its label ({@code Sheet1!C9} or {@code C9}) and its value. */
  public record Spot(int row, String label, String value) {}

  private static Table failed(Path file, int line, String message) {
    return new Table("", Map.of(), List.of(Diagnostic.error(file, line, 0, message)), List.of());
  }

  /** A compiler refusal, placed at the cell it names when it names one, with the cell's text. */
  private static Table failed(Path file, List<List<String>> grid, List<String> sheets, String message) {
    Matcher m = CELL.matcher(message);
    int row = 0;
    String said = message;
    while (m.find()) {
      int r = Integer.parseInt(m.group(2));
      int c = CellReference.convertColStringToIndex(m.group(1));
      if (r >= 1 && r <= grid.size()) {
        row = r;
        String text = c < grid.get(r - 1).size() ? grid.get(r - 1).get(c) : "";
        said = Message.IN_TABLE_CELL.say((sheets.isEmpty() ? "" : sheets.get(0) + "!") + m.group(),
            text.isBlank() ? " (empty)" : " ('" + text + "')", message);
        break;
      }
    }
    return failed(file, row, said);
  }

  private static String firstLine(Throwable e) {
    Throwable t = e;
    String msg = null;
    while (t != null) {
      if (t.getMessage() != null) {
        msg = t.getMessage();
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return msg == null ? e.getClass().getSimpleName() : msg.lines().findFirst().orElse("").trim();
  }

  /** The rows of a CSV table as Drools' own CSV line parser reads them. */
  private static List<List<String>> csvGrid(byte[] bytes) {
    CsvLineParser parser = new CsvLineParser();
    List<List<String>> out = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1)) {
      out.add(parser.parse(line));
    }
    return out;
  }

  /** The rows of the first worksheet (the one Gordian compiles), as displayed; the sheets' names go to {@code sheets}. */
  private static List<List<String>> workbookGrid(byte[] bytes, List<String> sheets) throws IOException {
    List<List<String>> out = new ArrayList<>();
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      DataFormatter fmt = new DataFormatter();
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        sheets.add(wb.getSheetName(s));
      }
      Sheet sheet = wb.getSheetAt(0);
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : fmt.formatCellValue(cell));
          }
        }
        out.add(cells);
      }
    }
    return out;
  }
}
