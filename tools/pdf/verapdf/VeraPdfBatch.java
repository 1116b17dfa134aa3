// Validates many PDFs against many veraPDF profiles in one JVM and prints one JSON object per line:
// first {"veraPdfVersion": ...}, then per file and profile {"file","profile","passed","failedRules"} or {"file","profile","error"}.
// Usage: java -cp <veraPDF jars>:<classes> VeraPdfBatch <flavour,flavour,...> <file.pdf>...   (flavours: ua1, 2a, 2b, 2u, ...)
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verapdf.ReleaseDetails;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

public final class VeraPdfBatch {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("Usage: VeraPdfBatch <flavour,flavour,...> <file.pdf>...");
      System.exit(2);
    }
    VeraGreenfieldFoundryProvider.initialise();
    List<PDFAFlavour> flavours = new ArrayList<>();
    for (String id : args[0].split(",")) {
      PDFAFlavour flavour = PDFAFlavour.byFlavourId(id);
      if (flavour == PDFAFlavour.NO_FLAVOUR) {
        System.err.println("Unknown veraPDF flavour: " + id);
        System.exit(2);
      }
      flavours.add(flavour);
    }
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("veraPdfVersion", ReleaseDetails.byId("core").getVersion());
    print(header);
    for (int index = 1; index < args.length; index += 1) {
      for (PDFAFlavour flavour : flavours) print(validate(new File(args[index]), flavour));
    }
  }

  private static Map<String, Object> validate(File file, PDFAFlavour flavour) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("file", file.getPath());
    line.put("flavour", flavour.getId());
    // A fresh parser per profile: the greenfield model is built for the flavour it is parsed with.
    try (PDFAParser parser = Foundries.defaultInstance().createParser(file, flavour)) {
      PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
      ValidationResult result = validator.validate(parser);
      List<Map<String, Object>> failed = new ArrayList<>();
      List<Map.Entry<RuleId, Integer>> entries = new ArrayList<>(result.getFailedChecks().entrySet());
      entries.sort(Comparator.comparing((Map.Entry<RuleId, Integer> e) -> e.getKey().getClause()).thenComparing(e -> e.getKey().getTestNumber()));
      for (Map.Entry<RuleId, Integer> entry : entries) {
        Rule rule = result.getValidationProfile().getRuleByRuleId(entry.getKey());
        Map<String, Object> failure = new LinkedHashMap<>();
        failure.put("clause", entry.getKey().getClause());
        failure.put("testNumber", entry.getKey().getTestNumber());
        failure.put("description", rule == null ? "" : rule.getDescription());
        failure.put("count", entry.getValue());
        failed.add(failure);
      }
      line.put("passed", result.isCompliant());
      line.put("failedRules", failed);
    } catch (Throwable error) {
      line.put("error", error.getClass().getSimpleName() + ": " + error.getMessage());
    }
    return line;
  }

  private static void print(Map<String, Object> line) throws Exception {
    System.out.println(JSON.writeValueAsString(line));
    System.out.flush();
  }
}
