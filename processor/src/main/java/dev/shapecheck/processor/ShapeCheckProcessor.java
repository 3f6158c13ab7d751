package dev.shapecheck.processor;

import com.google.auto.service.AutoService;
import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.engine.Problem;
import dev.shapecheck.engine.ShapeEngine;
import dev.shapecheck.engine.ErrorKind;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * Checks every {@code @Sequential} and {@code @Functional} model while javac runs and writes its
 * {@code ...Model} class.
 *
 * <p>Each model goes one way through three stages: {@link DeclarationReader} (source → declared
 * model; {@link GraphDeclarationReader} for graphs), {@link ShapeEngine} (declared model →
 * shapes, counts, problems), then either
 * {@link DiagnosticReporter} or {@link ModelClassWriter}. Models are independent: a broken one is
 * reported and skipped, the others are generated, and no exception ever reaches javac.
 */
@AutoService(Processor.class)
public final class ShapeCheckProcessor extends AbstractProcessor {
  /** Models whose annotations were unresolved in an earlier round, by qualified name. */
  private final Set<String> deferred = new LinkedHashSet<>();
  /** The classes this processor generated, to tell a clash between models from a user's class. */
  private final Set<String> generated = new LinkedHashSet<>();

  private Elements elements;
  private javax.lang.model.util.Types types;
  private Filer filer;
  private DiagnosticReporter reporter;
  private DeclarationReader reader;
  private ModelClassWriter writer;
  private UnresolvedSymbols unresolved;
  private ProcessorOptions options;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    elements = env.getElementUtils();
    types = env.getTypeUtils();
    filer = env.getFiler();
    options = ProcessorOptions.read(env.getOptions());
    reporter = new DiagnosticReporter(env.getMessager(), new WarningFilter(options.warnings()));
    reader = new DeclarationReader(elements, env.getTypeUtils(), reporter);
    unresolved = UnresolvedSymbols.of(env);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        DeclarationReader.SEQUENTIAL,
        GraphDeclarationReader.FUNCTIONAL,
        GraphDeclarationReader.BLOCK);
  }

  /** {@code -Ashapecheck.warnings=none|all} and {@code -Ashapecheck.verbose=true|false}. */
  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.NAMES;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Set<String> names = new TreeSet<>(deferred); // sorted: output order never depends on hashing
    deferred.clear();
    for (String annotation : getSupportedAnnotationTypes()) {
      TypeElement type = elements.getTypeElement(annotation);
      if (type != null) {
        for (Element element : round.getElementsAnnotatedWith(type)) {
          names.add(qualifiedName(element));
        }
      }
    }
    // One reader per round: each block is read (and its declaration reported) once per round.
    GraphDeclarationReader graphs = new GraphDeclarationReader(elements, types, reporter);
    writer = new ModelClassWriter(elements); // per round: later rounds may add types to a package
    options.reportInvalid(new TreeSet<>(names), elements, reporter); // once per compilation
    for (String name : names) {
      Element element = elements.getTypeElement(name);
      if (element == null) {
        continue;
      }
      if (element instanceof TypeElement && unresolved.in((TypeElement) element)) {
        // A later round may generate the missing annotation type; if none does, javac reports
        // the unresolved symbol itself, and guessing at the model would only add noise.
        if (!round.processingOver()) {
          deferred.add(name);
        }
        continue;
      }
      try {
        if (LayerMethodReader.findAnnotation(element, DeclarationReader.SEQUENTIAL) != null) {
          processModel(element);
        } else {
          processGraph(element, graphs);
        }
      } catch (RuntimeException | Error failure) {
        reporter.internalError(element, failure);
      }
    }
    return false;
  }

  private void processModel(Element element) {
    Optional<ModelDeclaration> read = reader.read(element);
    if (read.isEmpty()) {
      return;
    }
    ModelDeclaration model = read.get();
    ModelCheck check =
        model.complete ? ShapeEngine.check(model.config) : ShapeEngine.checkArguments(model.config);
    for (Problem problem : check.problems()) {
      reporter.report(problem, model);
    }
    if (model.complete && check.isClean()) {
      writeFile(element, model.annotation, writer.write(model, check.summary()), check);
    }
  }

  /**
   * Checks a {@code @Functional} model and writes its class; a {@code @Block} is only read, so
   * that its declaration errors are reported even where it is not applied yet.
   */
  private void processGraph(Element element, GraphDeclarationReader graphs) {
    Optional<GraphDeclaration> read = graphs.read(element);
    if (read.isEmpty()
        || LayerMethodReader.findAnnotation(element, GraphDeclarationReader.FUNCTIONAL) == null) {
      return;
    }
    GraphDeclaration model = read.get();
    ModelCheck check = ShapeEngine.check(model.config);
    for (Problem problem : check.problems()) {
      // An incomplete declaration is a graph the user did not write: only what holds for each
      // layer on its own is reported, not shapes or connections that the missing parts explain.
      if (model.complete || ARGUMENT_KINDS.contains(problem.kind())) {
        reporter.report(problem, model);
      }
    }
    if (model.complete && check.isClean()) {
      writeFile(element, model.annotation, writer.write(model, check), check);
    }
  }

  /** Problems that concern one layer's or the model's own arguments, whatever else is wrong. */
  private static final Set<ErrorKind> ARGUMENT_KINDS =
      java.util.EnumSet.of(
          ErrorKind.INVALID_ARGUMENT,
          ErrorKind.CONFLICTING_ARGUMENTS,
          ErrorKind.UNKNOWN_LAYER,
          ErrorKind.INVALID_MODEL_NAME,
          ErrorKind.INVALID_INPUT,
          ErrorKind.INVALID_BATCH_SIZE,
          ErrorKind.INVALID_CONSTRAINT);

  private void writeFile(
      Element element,
      AnnotationMirror annotation,
      ModelClassWriter.GeneratedFile file,
      ModelCheck check) {
    String generatedName = file.qualifiedName();
    try {
      // One originating element per file: Gradle's isolating mode.
      JavaFileObject source = filer.createSourceFile(generatedName, file.origin());
      try (Writer out = source.openWriter()) {
        out.write(file.text());
      } catch (IOException | RuntimeException e) {
        source.delete();
        throw e;
      }
      generated.add(generatedName);
      if (options.verbose()) {
        reporter.note(
            element,
            annotation,
            "[ShapeCheck] " + file.simpleName() + " generated; model summary:\n"
                + check.summary());
      }
    } catch (FilerException clash) {
      if (generated.contains(generatedName)) {
        reporter.error(
            ErrorKind.GENERATED_NAME_CLASH,
            element,
            annotation,
            null,
            "another model already generated " + generatedName,
            "hint: nested Outer.Inner and top-level Outer_Inner both generate Outer_InnerModel;"
                + " rename one of them");
      } else {
        reporter.error(
            ErrorKind.GENERATED_NAME_CLASH,
            element,
            annotation,
            null,
            generatedName + " already exists, so the model's class cannot be generated",
            "hint: ShapeCheck names the class after the interface; rename "
                + file.simpleName() + " or the interface");
      }
    } catch (IOException e) {
      reporter.internalError(element, e);
    }
  }

  private static String qualifiedName(Element element) {
    return element instanceof TypeElement
        ? ((TypeElement) element).getQualifiedName().toString()
        : element.toString();
  }
}
