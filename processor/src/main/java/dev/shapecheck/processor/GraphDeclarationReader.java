package dev.shapecheck.processor;

import dev.shapecheck.engine.ArgumentOverride;
import dev.shapecheck.engine.DesignConstraints;
import dev.shapecheck.engine.ErrorKind;
import dev.shapecheck.engine.GraphConfig;
import dev.shapecheck.engine.LayerConfig;
import dev.shapecheck.engine.NodeConfig;
import dev.shapecheck.engine.ShapeEngine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The first stage for functional graphs: reads a {@code @Functional} model or a {@code @Block} into
 * a {@link GraphDeclaration}, following {@code @Apply} into the blocks it uses. Layer methods are
 * read exactly as in a sequential model ({@link LayerMethodReader}); what is new here is what
 * connects them: parameters as inbound layers, {@code @Input}s, and block uses with their {@code
 * times}, {@code from} and {@code set}.
 *
 * <p>Each interface is read once per round (a block applied by ten models is reported once), and
 * reading one that is already being read is a block cycle. Graph rules that need every member — an
 * unknown or later inbound name, the outputs — are the engine's, which reports them for any caller;
 * the reader reports what only the source can tell: types, annotations, the text of {@code set}.
 */
final class GraphDeclarationReader {
  static final String FUNCTIONAL = "dev.shapecheck.Functional";
  static final String BLOCK = "dev.shapecheck.Block";
  static final String INPUT = "dev.shapecheck.Input";
  static final String APPLY = "dev.shapecheck.Apply";
  static final String FROM = "dev.shapecheck.From";

  private final Elements elements;
  private final Types types;
  private final DiagnosticReporter reporter;
  private final LayerMethodReader layerReader;

  /** Declarations read in this round, by qualified name. */
  private final Map<String, Optional<GraphDeclaration>> read = new HashMap<>();

  /** The interfaces being read, innermost last: applying one of them again is a cycle. */
  private final Deque<TypeElement> reading = new ArrayDeque<>();

  /** Reads the {@code @Sequential} models that {@code @Apply} nests as one layer. */
  private final DeclarationReader models;

  GraphDeclarationReader(
      Elements elements,
      Types types,
      DiagnosticReporter reporter,
      SourceAnnotationOrder annotationOrder,
      DeclarationReader models) {
    this.models = models;
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
    this.layerReader = new LayerMethodReader(elements, types, reporter, annotationOrder);
  }

  /**
   * The declaration of a {@code @Functional} or {@code @Block} element, or empty when it cannot be
   * a graph at all (not an interface: reported here).
   */
  Optional<GraphDeclaration> read(Element element) {
    String key =
        element instanceof TypeElement
            ? ((TypeElement) element).getQualifiedName().toString()
            : element.toString();
    Optional<GraphDeclaration> known = read.get(key);
    if (known != null) {
      return known;
    }
    Optional<GraphDeclaration> result = readUncached(element);
    read.put(key, result);
    return result;
  }

  private Optional<GraphDeclaration> readUncached(Element element) {
    AnnotationMirror functional = LayerMethodReader.findAnnotation(element, FUNCTIONAL);
    AnnotationMirror block = LayerMethodReader.findAnnotation(element, BLOCK);
    AnnotationMirror annotation = functional != null ? functional : block;
    if (annotation == null) {
      return Optional.empty();
    }
    if (functional != null && block != null
        || LayerMethodReader.findAnnotation(element, DeclarationReader.SEQUENTIAL) != null) {
      return Optional.empty(); // ShapeCheckProcessor reports the conflict, once
    }
    String annotationName = functional != null ? "@Functional" : "@Block";
    if (element.getKind() != ElementKind.INTERFACE) {
      reporter.error(
          ErrorKind.NOT_AN_INTERFACE,
          element,
          annotation,
          null,
          annotationName
              + " goes on an interface, not on "
              + DeclarationReader.describeKind(element)
              + " "
              + element.getSimpleName(),
          "hint: declare `public interface "
              + element.getSimpleName()
              + "` with one abstract Layer method per input and layer");
      return Optional.empty();
    }
    TypeElement type = (TypeElement) element;
    boolean complete = true;
    if (functional != null) {
      complete &=
          DeclarationReader.checkGenerable(type, functional, annotationName, elements, reporter);
    }
    Map<String, Object> values = AnnotationValues.read(annotation, elements);
    List<String> outputs = strings(values.get("outputs"));

    reading.addLast(type);
    Members members = readMembers(type);
    reading.removeLast();
    complete &= members.complete;

    GraphConfig config;
    if (functional != null) {
      String name = (String) values.getOrDefault("name", "");
      if (name.isEmpty()) {
        name = ShapeEngine.defaultModelName(type.getSimpleName().toString());
      }
      config =
          GraphConfig.model(
                  name, members.nodes, outputs, (String) values.getOrDefault("dtype", "FLOAT32"))
              .withConstraints(
                  DesignConstraints.of(
                      null,
                      (Long) values.getOrDefault("maxParams", DesignConstraints.NONE),
                      (Long) values.getOrDefault("maxMacs", DesignConstraints.NONE),
                      (Long) values.getOrDefault("maxParamBytes", DesignConstraints.NONE)));
    } else {
      String blockName = ShapeEngine.defaultModelName(type.getSimpleName().toString());
      Object names = values.get("names"); // always there: the annotation has a default
      config =
          names instanceof String
              ? GraphConfig.block(blockName, members.nodes, outputs, (String) names)
              : GraphConfig.block(blockName, members.nodes, outputs);
    }
    GraphDeclaration declaration =
        new GraphDeclaration(
            type,
            annotation,
            config,
            members.declarations,
            members.applied,
            complete,
            members.parameterNamesMissing,
            ShapeEngine.check(config));
    return Optional.of(reporter.report(declaration));
  }

  /** What {@link #readMembers} found. */
  private static final class Members {
    final List<NodeConfig> nodes = new ArrayList<>();
    final List<LayerDeclaration> declarations = new ArrayList<>();
    final Map<String, GraphDeclaration> applied = new LinkedHashMap<>();
    boolean complete = true;
    boolean parameterNamesMissing;
  }

  private Members readMembers(TypeElement type) {
    Members members = new Members();
    List<ExecutableElement> methods = ElementFilter.methodsIn(type.getEnclosedElements());
    Set<String> names = new HashSet<>();
    for (ExecutableElement method : methods) {
      names.add(method.getSimpleName().toString());
    }
    members.parameterNamesMissing = parameterNamesMissing(methods, names);
    for (ExecutableElement method : methods) {
      List<AnnotationMirror> layers = LayerMethodReader.layerAnnotations(method);
      AnnotationMirror input = LayerMethodReader.findAnnotation(method, INPUT);
      AnnotationMirror apply = LayerMethodReader.findAnnotation(method, APPLY);
      AnnotationMirror named = LayerMethodReader.findAnnotation(method, LayerMethodReader.NAME);
      List<AnnotationMirror> all = new ArrayList<>(layers);
      if (input != null) {
        all.add(0, input);
      }
      if (apply != null) {
        all.add(0, apply);
      }
      if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        if (named != null) {
          all.add(named);
        }
        members.complete &= DeclarationReader.checkConcrete(method, all, reporter);
        continue;
      }
      int before = members.nodes.size();
      if ((input != null || apply != null) && all.size() > 1) {
        reporter.error(
            ErrorKind.MULTIPLE_LAYER_ANNOTATIONS,
            method,
            all.get(1),
            null,
            method.getSimpleName()
                + "() is annotated both @"
                + LayerMethodReader.simpleName(all.get(0))
                + " and @"
                + LayerMethodReader.simpleName(all.get(1))
                + "; a method declares one member",
            "hint: declare each input, layer and block use in its own method");
        members.complete = false;
        continue;
      }
      if (input != null) {
        members.complete &= readInput(method, input, members);
      } else if (apply != null) {
        members.complete &= readApply(method, apply, members);
      } else {
        LayerMethodReader.Read read =
            layerReader.read(method, layers, LayerMethodReader.ParameterRule.INBOUND);
        boolean valid = read.valid & checkInbound(method);
        members.complete &= valid;
        if (read.declaration != null) {
          members.nodes.add(
              NodeConfig.layer(read.config, parameterNames(method))
                  .withInboundOutputs(parameterOutputs(method)));
          members.declarations.add(read.declaration);
        }
      }
      if (named != null && members.nodes.size() > before) {
        name(members, named);
      }
    }
    return members;
  }

  /**
   * Gives the member just read its {@code @Name} template, and keeps the annotation with the
   * member's others (last: problems with the name are placed on it, it is never the primary).
   */
  private void name(Members members, AnnotationMirror named) {
    int last = members.nodes.size() - 1;
    Object template = AnnotationValues.read(named, elements).get("value");
    if (!(template instanceof String)) {
      return; // no value: javac reports the missing attribute
    }
    members.nodes.set(last, members.nodes.get(last).named((String) template));
    LayerDeclaration declaration = members.declarations.get(last);
    List<AnnotationMirror> annotations = new ArrayList<>(declaration.annotations);
    annotations.add(named);
    members.declarations.set(last, new LayerDeclaration(declaration.method, annotations));
  }

  private boolean readInput(ExecutableElement method, AnnotationMirror input, Members members) {
    boolean valid = layerReader.checkReturnsLayer(method) & layerReader.checkNotReserved(method);
    if (!method.getParameters().isEmpty()) {
      reporter.error(
          ErrorKind.METHOD_HAS_PARAMETERS,
          method.getParameters().get(0),
          null,
          null,
          method.getSimpleName()
              + "() is an @Input, but has parameters; an input has no inbound"
              + " layer",
          "hint: remove the parameters; layers name the input by its method's name");
      valid = false;
    }
    Map<String, Object> values = AnnotationValues.read(input, elements);
    Object shape = values.get("shape");
    members.nodes.add(
        NodeConfig.input(
                method.getSimpleName().toString(),
                shape instanceof int[] ? (int[]) shape : new int[0],
                (Integer) values.getOrDefault("batchSize", -1))
            .withDtype((String) values.getOrDefault("dtype", "FLOAT")));
    members.declarations.add(new LayerDeclaration(method, List.of(input)));
    return valid;
  }

  private boolean readApply(ExecutableElement method, AnnotationMirror apply, Members members) {
    String name = method.getSimpleName().toString();
    boolean valid = layerReader.checkReturnsLayer(method) & layerReader.checkNotReserved(method);
    TypeElement applied = appliedType(apply);
    valid &= checkInbound(method);
    Map<String, Object> values = AnnotationValues.read(apply, elements);
    int times = (Integer) values.getOrDefault("times", 1);
    int from = (Integer) values.getOrDefault("from", 1); // checked by the engine with the rest
    List<String> set = strings(values.get("set"));
    LayerDeclaration declaration = new LayerDeclaration(method, List.of(apply));

    TypeElement target = applied;
    GraphDeclaration block = null;
    TypeElement model = DeclarationReader.appliedModel(apply);
    if (model != null) {
      // A @Sequential model is nested as one layer, as Keras's model(x) nests it.
      LayerConfig nested = models.nested(method, apply, model);
      if (nested != null) {
        members.nodes.add(
            NodeConfig.layer(nested, parameterNames(method))
                .withInboundOutputs(parameterOutputs(method)));
        members.declarations.add(declaration);
        return valid;
      }
      valid = false;
      target = null; // a placeholder member below, so that its consumers are not reported
    } else if (target == null
        || (LayerMethodReader.findAnnotation(target, BLOCK) == null
            && LayerMethodReader.findAnnotation(target, FUNCTIONAL) == null)) {
      reportNotApplicable(method, apply);
      valid = false;
    } else if (reading.contains(target)) {
      List<String> cycle = new ArrayList<>();
      boolean inCycle = false;
      for (TypeElement t : reading) {
        inCycle |= t.equals(target);
        if (inCycle) {
          cycle.add(t.getSimpleName().toString());
        }
      }
      cycle.add(target.getSimpleName().toString());
      reporter.error(
          ErrorKind.BLOCK_CYCLE,
          method,
          apply,
          "value",
          name
              + "(): applying "
              + target.getSimpleName()
              + " here makes a block contain itself: "
              + String.join(" -> ", cycle),
          "hint: a block cannot apply itself, directly or through other blocks;"
              + " declare the repeated part as its own @Block and apply it with times");
      valid = false;
    } else {
      block = read(target).orElse(null);
      if (block == null) {
        valid = false; // not an interface: reported on the block itself
      } else {
        valid &= block.complete;
        if (block.parameterNamesMissing) {
          reporter.error(
              ErrorKind.INVALID_BLOCK_USE,
              method,
              apply,
              "value",
              name
                  + "(): the parameter names of "
                  + block.type.getSimpleName()
                  + "'s methods are not available (they read arg0, arg1, ...), so its inbound"
                  + " layers are unknown",
              "hint: "
                  + block.type.getSimpleName()
                  + " comes from a class file compiled without"
                  + " -parameters; compile it with `javac -parameters` (Maven:"
                  + " <parameters>true</parameters> in maven-compiler-plugin's configuration)");
          valid = false;
        }
      }
    }
    List<ArgumentOverride> overrides = List.of();
    if (block != null) {
      ApplySetParser parsed = ApplySetParser.parse(set, block);
      overrides = parsed.overrides();
      List<AnnotationValue> setValues = setElements(apply);
      for (ApplySetParser.Issue issue : parsed.issues()) {
        reporter.errorOn(
            ErrorKind.INVALID_OVERRIDE,
            method,
            apply,
            issue.index < setValues.size() ? setValues.get(issue.index) : null,
            "set",
            name + "(): " + issue.headline,
            "hint: " + issue.hint);
        valid = false;
      }
      members.applied.put(name, block);
    }
    GraphConfig config =
        block != null ? block.config : GraphConfig.block(name, List.of(), List.of());
    members.nodes.add(
        NodeConfig.block(name, config, parameterNames(method), times, from, overrides)
            .withInboundOutputs(parameterOutputs(method)));
    members.declarations.add(declaration);
    return valid;
  }

  /**
   * Checks the parameters of a layer or block use: each is a {@code Layer}. That there is at least
   * one is the engine's to say, with the rest of the graph.
   */
  private boolean checkInbound(ExecutableElement method) {
    boolean valid = true;
    TypeMirror layerType = layerReader.layerType();
    for (VariableElement parameter : method.getParameters()) {
      if (layerType != null && !types.isSameType(parameter.asType(), layerType)) {
        reporter.error(
            ErrorKind.UNKNOWN_INBOUND,
            parameter,
            null,
            null,
            method.getSimpleName()
                + "(): parameter "
                + parameter.getSimpleName()
                + " is a "
                + parameter.asType()
                + ", but a parameter names an inbound layer and is a Layer",
            "hint: declare it as `Layer "
                + parameter.getSimpleName()
                + "`; its name is the name"
                + " of an input or an earlier layer method");
        valid = false;
      }
    }
    return valid;
  }

  /**
   * Whether the parameter names were lost in a class file: every parameter of every method reads
   * {@code arg<i>} at its own index and names no member.
   */
  private static boolean parameterNamesMissing(List<ExecutableElement> methods, Set<String> names) {
    boolean any = false;
    for (ExecutableElement method : methods) {
      List<? extends VariableElement> parameters = method.getParameters();
      for (int i = 0; i < parameters.size(); i++) {
        String name = parameters.get(i).getSimpleName().toString();
        if (!name.equals("arg" + i) || names.contains(name)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * The member each parameter consumes: the one its {@code @From} names, else the one it is named
   * after.
   */
  private List<String> parameterNames(ExecutableElement method) {
    List<String> names = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      Object named = from(parameter).get("value");
      names.add(named instanceof String ? (String) named : parameter.getSimpleName().toString());
    }
    return names;
  }

  /** Which output of its member each parameter consumes: {@code @From(output)}, else 0. */
  private List<Integer> parameterOutputs(ExecutableElement method) {
    List<Integer> outputs = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      Object output = from(parameter).get("output");
      outputs.add(output instanceof Integer ? (Integer) output : 0);
    }
    return outputs;
  }

  /** The attributes of the parameter's {@code @From}, empty without one. */
  private Map<String, Object> from(VariableElement parameter) {
    AnnotationMirror from = LayerMethodReader.findAnnotation(parameter, FROM);
    return from == null ? Map.of() : AnnotationValues.read(from, elements);
  }

  /**
   * Reports an {@code @Apply} of a class that is no {@code @Block}, {@code @Functional} or
   * {@code @Sequential} interface.
   */
  private void reportNotApplicable(ExecutableElement method, AnnotationMirror apply) {
    AnnotationValue value = AnnotationValues.explicit(apply, "value");
    Element named =
        value != null && value.getValue() instanceof DeclaredType
            ? ((DeclaredType) value.getValue()).asElement()
            : null;
    if (named == null) {
      return; // no class or an unresolved one: javac reports it
    }
    String simple = named.getSimpleName().toString();
    String what;
    String hint;
    if (named.getKind() != ElementKind.INTERFACE) {
      String kind = DeclarationReader.describeKind(named);
      what =
          simple
              + " is "
              + (kind.matches("[aeiou].*") ? "an " : "a ")
              + kind
              + ", not an interface";
      hint = "hint: apply an interface annotated with @Block (or a @Functional model)";
    } else {
      what = simple + " is neither a @Block, a @Functional nor a @Sequential interface";
      hint =
          "hint: annotate "
              + simple
              + " with @Block (or apply a @Functional model, or nest a @Sequential one)";
    }
    reporter.error(
        ErrorKind.INVALID_BLOCK_USE,
        method,
        apply,
        "value",
        method.getSimpleName() + "(): @Apply(" + simple + ".class), but " + what,
        hint);
  }

  /** The interface named by {@code @Apply(value)}, or null when it is not one. */
  private static TypeElement appliedType(AnnotationMirror apply) {
    AnnotationValue value = AnnotationValues.explicit(apply, "value");
    if (value == null || !(value.getValue() instanceof DeclaredType)) {
      return null;
    }
    Element element = ((DeclaredType) value.getValue()).asElement();
    return element instanceof TypeElement
            && element.getKind() == ElementKind.INTERFACE
            && ((DeclaredType) value.getValue()).getKind() != TypeKind.ERROR
        ? (TypeElement) element
        : null;
  }

  /** The entries of {@code @Apply(set)} as written, to place a message on one of them. */
  private static List<AnnotationValue> setElements(AnnotationMirror apply) {
    AnnotationValue set = AnnotationValues.explicit(apply, "set");
    List<AnnotationValue> found = new ArrayList<>();
    if (set != null && set.getValue() instanceof List) {
      for (Object item : (List<?>) set.getValue()) {
        if (item instanceof AnnotationValue) {
          found.add((AnnotationValue) item);
        }
      }
    } else if (set != null) {
      found.add(set);
    }
    return found;
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    if (value instanceof List) {
      List<String> out = new ArrayList<>();
      for (Object item : (List<Object>) value) {
        if (item instanceof String) {
          out.add((String) item);
        }
      }
      return out;
    }
    return List.of();
  }
}
