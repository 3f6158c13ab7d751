package dev.shapecheck.processor;

import com.google.auto.service.AutoService;
import dev.shapecheck.engine.ErrorKind;
import dev.shapecheck.engine.GraphConfig;
import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.engine.ShapeEngine;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * Checks every {@code @Sequential} and {@code @Functional} model while javac runs and writes its
 * {@code ...Model} class.
 *
 * <p>Each model goes one way through three stages: {@link DeclarationReader} for
 * {@code @Sequential}, which lowers the model to a chain graph, or {@link GraphDeclarationReader}
 * for {@code @Functional} and {@code @Block} (source → declared graph), {@link ShapeEngine} (graph
 * → shapes, counts, problems), then {@link DiagnosticReporter} and, for a clean model, {@link
 * ModelClassWriter}. Models are independent: a broken one is reported and skipped, the others are
 * generated, and no exception ever reaches javac.
 */
@AutoService(Processor.class)
public final class ShapeCheckProcessor extends AbstractProcessor {
  /** Models whose annotations were unresolved in an earlier round, by qualified name. */
  private final Set<String> deferred = new LinkedHashSet<>();

  /** The @Sequential interfaces without input read this round (see reportUnnested). */
  private final List<Element> withoutInput = new ArrayList<>();

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
  private SourceAnnotationOrder annotationOrder;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    elements = env.getElementUtils();
    types = env.getTypeUtils();
    filer = env.getFiler();
    options = ProcessorOptions.read(env.getOptions());
    reporter =
        new DiagnosticReporter(
            env.getMessager(),
            new WarningFilter(options.warnings()),
            SourceElements.of(env),
            RepeatedAnnotations.of(env));
    annotationOrder = SourceAnnotationOrder.of(env);
    reader = new DeclarationReader(elements, env.getTypeUtils(), reporter, annotationOrder);
    unresolved = UnresolvedSymbols.of(env);
  }

  /** The annotations that make an interface a model or a block, in the order messages name them. */
  private static final List<String> MODEL_ANNOTATIONS =
      List.of(
          DeclarationReader.SEQUENTIAL,
          GraphDeclarationReader.FUNCTIONAL,
          GraphDeclarationReader.BLOCK);

  /**
   * The model annotations, and every annotation that only means something inside a model, so that
   * one placed anywhere else is reported rather than ignored ({@link LayersOutsideModels}).
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        DeclarationReader.SEQUENTIAL,
        GraphDeclarationReader.FUNCTIONAL,
        GraphDeclarationReader.BLOCK,
        GraphDeclarationReader.INPUT,
        GraphDeclarationReader.APPLY,
        LayerMethodReader.EXPECT_SHAPE,
        LayerMethodReader.NAME,
        LayerMethodReader.LAYERS_PACKAGE + ".*");
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
    LayersOutsideModels.report(annotations, round, types, reporter);
    for (String annotation : MODEL_ANNOTATIONS) {
      TypeElement type = elements.getTypeElement(annotation);
      if (type != null) {
        for (Element element : round.getElementsAnnotatedWith(type)) {
          names.add(qualifiedName(element));
        }
      }
    }
    // One reader per round: each block is read (and its declaration reported) once per round.
    // per round, like the graphs'
    reader = new DeclarationReader(elements, types, reporter, annotationOrder);
    GraphDeclarationReader graphs =
        new GraphDeclarationReader(elements, types, reporter, annotationOrder, reader);
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
        if (conflicting(element)) {
          continue;
        }
        process(element, graphs);
      } catch (RuntimeException | Error failure) {
        reporter.internalError(element, failure);
      }
    }
    reportUnnested(round);
    return false;
  }

  /**
   * Warns of each {@code @Sequential} without input read this round that no {@code @Apply} of the
   * round names: it gets no class (it takes the shape its use gives it), which a user who forgot
   * {@code input} would otherwise find only as a missing {@code <Interface>Model}.
   */
  private void reportUnnested(RoundEnvironment round) {
    if (withoutInput.isEmpty()) {
      return;
    }
    Set<String> applied = new TreeSet<>();
    TypeElement apply = elements.getTypeElement(GraphDeclarationReader.APPLY);
    if (apply != null) {
      for (Element method : round.getElementsAnnotatedWith(apply)) {
        AnnotationMirror mirror =
            LayerMethodReader.findAnnotation(method, GraphDeclarationReader.APPLY);
        AnnotationValue value = mirror == null ? null : AnnotationValues.explicit(mirror, "value");
        if (value != null && value.getValue() instanceof DeclaredType) {
          Element type = ((DeclaredType) value.getValue()).asElement();
          applied.add(qualifiedName(type));
        }
      }
    }
    for (Element element : withoutInput) {
      if (!applied.contains(qualifiedName(element))) {
        reporter.error(
            ErrorKind.NO_MODEL_CLASS,
            element,
            LayerMethodReader.findAnnotation(element, DeclarationReader.SEQUENTIAL),
            null,
            element.getSimpleName()
                + " has no input, so ShapeCheck generates no "
                + element.getSimpleName()
                + "Model class: a @Sequential without input is a nested model, one layer of the"
                + " models that @Apply it, and none does in this compilation",
            "hint:   give it input = {...} (the shape of one sample) to get its class, or use it"
                + " in another model as @Apply("
                + element.getSimpleName()
                + ".class)");
      }
    }
    withoutInput.clear();
  }

  /**
   * Whether {@code element} carries more than one model annotation (reported here, on the second
   * one): it is then no model at all, rather than one of the two chosen in silence.
   */
  private boolean conflicting(Element element) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (String annotation : MODEL_ANNOTATIONS) {
      AnnotationMirror mirror = LayerMethodReader.findAnnotation(element, annotation);
      if (mirror != null) {
        found.add(mirror);
      }
    }
    if (found.size() < 2) {
      return false;
    }
    String first = "@" + LayerMethodReader.simpleName(found.get(0));
    String second = "@" + LayerMethodReader.simpleName(found.get(1));
    reporter.error(
        ErrorKind.CONFLICTING_MODEL_ANNOTATIONS,
        element,
        found.get(1),
        null,
        element.getSimpleName()
            + " is both "
            + first
            + " and "
            + second
            + "; an interface declares one model or one block",
        "hint: keep @Sequential for a stack of layers, @Functional for a graph whose layers name"
            + " their inbound layers as parameters (it can still be applied), or @Block for a"
            + " piece that models apply");
    return true;
  }

  /**
   * Reads a model or a block, which reports everything wrong with it, and writes the class of a
   * model that is complete and clean. A {@code @Block} is only read, so that its own errors are
   * reported whether or not a model applies it.
   */
  private void process(Element element, GraphDeclarationReader graphs) {
    Optional<GraphDeclaration> read =
        LayerMethodReader.findAnnotation(element, DeclarationReader.SEQUENTIAL) != null
            ? reader.read(element)
            : graphs.read(element);
    if (read.isEmpty()
        || read.get().config.kind() == GraphConfig.Kind.BLOCK
        || read.get().config.takesWhatArrives()) {
      if (read.isPresent()
          && read.get().config.kind() != GraphConfig.Kind.BLOCK
          && read.get().config.takesWhatArrives()) {
        withoutInput.add(element);
      }
      return; // a block, or a model without an input, is checked where it is applied
    }
    GraphDeclaration model = read.get();
    if (model.complete && model.check.isClean()) {
      writeFile(element, model.annotation, writer.write(model, model.check), model.check);
    }
  }

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
            "[ShapeCheck] " + file.simpleName() + " generated; model summary:\n" + check.summary());
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
                + file.simpleName()
                + " or the interface");
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
