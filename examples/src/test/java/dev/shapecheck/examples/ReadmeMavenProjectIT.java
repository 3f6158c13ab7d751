package dev.shapecheck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A new user's first build, from the README alone: a fresh project whose {@code pom.xml} is exactly
 * the xml block of "Using ShapeCheck in a Maven project" and whose one source file is the README's
 * first example, compiled by a nested {@code mvn compile}. It catches what unit tests cannot see,
 * such as a snippet that works only inside this repository (the parent's pluginManagement once
 * supplied the compiler plugin's version the README left out).
 *
 * <p>The first example is the seed with a deliberate mistake, marked {@code // was poolSize = 2};
 * the test restores that value, so the build must succeed and generate {@code MnistCnnModel} with
 * the seed's numbers. ({@link ReadmeJavaBlocksTest} checks the mistake's error.)
 *
 * <p><b>Which jars.</b> The nested build must use the jars this build just packaged, never older
 * ones from {@code ~/.m2} or a network. Its local repository is {@code target/readme-project/repo},
 * into which the test copies the runtime, engine and processor jars, their POMs and the parent POM
 * in the layout {@code install} gives them, on every run. Everything else (Maven's plugins and
 * their dependencies) comes from the user's own local repository ({@code settings.localRepository}
 * of the outer build), used as a {@code file://} repository through a generated settings.xml; it
 * serves releases only, so no ShapeCheck snapshot can come from it.
 *
 * <p><b>Offline first, online only for what is missing.</b> The build runs with {@code -o
 * -Daether.offline.protocols=file}: offline, yet allowed to read {@code file://} repositories
 * (without the property Maven 3.8.7 refuses them offline). A fresh machine's {@code ~/.m2} holds
 * only what this project's own build downloaded, and the new project needs what Maven binds by
 * default, which this repository's POMs override: on Maven 3.8.7 maven-resources-plugin 2.6 with
 * Maven 2.0.6 libraries. When the offline build reports an artifact it cannot get offline, the test
 * runs it once more online (unless the outer build is offline), still reading the {@code file://}
 * repository first, so only the missing plugins come from Maven Central. They stay in {@code
 * target/readme-project/repo}, which is kept between runs (only ShapeCheck's own artifacts are
 * replaced), so later runs are offline until {@code mvn clean}. This adapts to whatever the running
 * Maven version binds by default, where resolving a fixed list of plugins in {@code
 * examples/pom.xml} would name Maven 3.8.7's list and break on another version.
 */
final class ReadmeMavenProjectIT {
  /** The seed's total from TensorFlow's CNN tutorial, as in {@link MnistCnnModelTest}. */
  private static final long SEED_TOTAL_PARAMS = 93_322L;

  private static final String MAVEN_HEADING = "## Using ShapeCheck in a Maven project";

  /** An offline run with a warm repository takes about 2 s; the online retry downloads plugins. */
  private static final long TIMEOUT_MINUTES = 5;

  /** {@code // was poolSize = 2} after {@code poolSize = 4}: the README's mistake and its fix. */
  private static final Pattern MISTAKE =
      Pattern.compile("\\b(\\w+) = (\\w+)(.*?)\\s*// was \\1 = (\\w+)");

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
  private static final Pattern PUBLIC_TYPE = Pattern.compile("(?m)^public interface (\\w+)");

  private final Path root = Path.of(System.getProperty("shapecheck.root", ".."));
  private final String version = System.getProperty("shapecheck.version", "0.1.0-SNAPSHOT");
  private final Path work =
      Path.of(System.getProperty("shapecheck.work", "target/readme-project")).toAbsolutePath();

  @Test
  void readmePomBuildsTheReadmeModel() throws Exception {
    Readme readme = Readme.read();
    String pom = readme.first("xml", MAVEN_HEADING).text();
    assertTrue(
        pom.contains("<version>" + version + "</version>"),
        "the README's pom.xml names ShapeCheck " + version + ", the version of this build");
    String source = fixTheMistake(readme.blocks("java").get(0).text());
    String packageName = group(PACKAGE, source, "the first example's package");
    String typeName = group(PUBLIC_TYPE, source, "the first example's interface");

    Files.createDirectories(work);
    Path project = work.resolve("project");
    deleteRecursively(project);
    Path sourceDir = project.resolve("src/main/java").resolve(packageName.replace('.', '/'));
    Files.createDirectories(sourceDir);
    // Maven looks for .mvn/ upwards to find the project's root: stop it at the new project.
    Files.createDirectories(project.resolve(".mvn"));
    Files.writeString(project.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
    Files.writeString(sourceDir.resolve(typeName + ".java"), source, StandardCharsets.UTF_8);

    Path repo = work.resolve("repo");
    installThisBuildsArtifacts(repo);
    Path settings = writeSettings(userRepository());

    NestedBuild build = mavenCompile(project, settings, repo, true);
    if (!build.succeeded()
        && build.output().contains("in offline mode")
        && !Boolean.getBoolean("shapecheck.offline")) {
      System.out.println(
          "ReadmeMavenProjectIT: plugins missing from the local repository; retrying online");
      build = mavenCompile(project, settings, repo, false);
    }
    assertTrue(
        build.succeeded(),
        "mvn compile of the README's project failed"
            + (build.output().contains("in offline mode")
                ? " (a plugin is missing: run this build once without -o to download it)"
                : "")
            + ":\n"
            + build);

    String generatedPath =
        "target/generated-sources/annotations/"
            + packageName.replace('.', '/')
            + "/"
            + typeName
            + "Model.java";
    Path generated = project.resolve(generatedPath);
    assertTrue(Files.isRegularFile(generated), generatedPath + " exists");
    String generatedSource = Files.readString(generated, StandardCharsets.UTF_8);
    assertTrue(
        generatedSource.contains("TOTAL_PARAMS = " + SEED_TOTAL_PARAMS + "L;"), generatedSource);

    // The compiled class runs: its totals and its table are the seed's.
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {project.resolve("target/classes").toUri().toURL()},
            getClass().getClassLoader())) {
      Class<?> model = loader.loadClass(packageName + "." + typeName + "Model");
      assertEquals(SEED_TOTAL_PARAMS, model.getField("TOTAL_PARAMS").getLong(null));
      try (InputStream in = getClass().getResourceAsStream("/mnist_cnn.summary.txt")) {
        String keras = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(keras, model.getMethod("summary").invoke(null));
      }
    }
    System.out.printf(
        "ReadmeMavenProjectIT: nested mvn compile (%s) in %.1f s%n",
        build.offline() ? "offline" : "online", build.seconds());
  }

  /** The first example with the value its {@code // was ...} comment names, comment removed. */
  private static String fixTheMistake(String source) {
    Matcher mistake = MISTAKE.matcher(source);
    assertTrue(mistake.find(), "the first example marks its mistake with // was ...");
    String fixed = mistake.group(1) + " = " + mistake.group(4) + mistake.group(3);
    String result = source.substring(0, mistake.start()) + fixed + source.substring(mistake.end());
    assertFalse(MISTAKE.matcher(result).find(), "the first example has one marked mistake");
    return result;
  }

  private static String group(Pattern pattern, String text, String what) {
    Matcher m = pattern.matcher(text);
    assertTrue(m.find(), what + " in:\n" + text);
    return m.group(1);
  }

  /**
   * Copies this build's jars and POMs where {@code install} would put them. The parent POM is
   * needed too: the modules' POMs inherit their dependency management from it. The processor's POM
   * is the one {@code install} publishes: the shade plugin's dependency-reduced POM, without the
   * JavaPoet the jar carries relocated (processor/pom.xml writes it under target/).
   */
  private void installThisBuildsArtifacts(Path repo) throws IOException {
    Path ours = repo.resolve("dev/shapecheck");
    deleteRecursively(ours);
    install(ours, "shapecheck-parent", "pom", root.resolve("pom.xml"));
    for (String module : List.of("runtime", "engine", "processor")) {
      String artifactId = "shapecheck-" + module;
      Path jar = root.resolve(module + "/target/" + artifactId + "-" + version + ".jar");
      assertTrue(Files.isRegularFile(jar), jar + " exists: run package or verify first");
      Path pom =
          module.equals("processor")
              ? root.resolve(module + "/target/dependency-reduced-pom.xml")
              : root.resolve(module + "/pom.xml");
      assertTrue(Files.isRegularFile(pom), pom + " exists: run package or verify first");
      install(ours, artifactId, "pom", pom);
      install(ours, artifactId, "jar", jar);
    }
  }

  private void install(Path ours, String artifactId, String extension, Path file)
      throws IOException {
    Path dir = ours.resolve(artifactId).resolve(version);
    Files.createDirectories(dir);
    Files.copy(
        file,
        dir.resolve(artifactId + "-" + version + "." + extension),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** The outer build's local repository: settings.localRepository, as Maven passed it. */
  private static Path userRepository() {
    String configured = System.getProperty("shapecheck.localRepository", "");
    if (configured.isBlank() || configured.startsWith("${")) {
      configured = System.getProperty("maven.repo.local", "");
    }
    Path path =
        configured.isBlank()
            ? Path.of(System.getProperty("user.home"), ".m2", "repository")
            : Path.of(configured);
    return path.toAbsolutePath();
  }

  /**
   * Settings that put the user's local repository, as a releases-only {@code file://} repository,
   * before Maven Central (which the super POM adds after it). They replace the user's settings: a
   * mirror of {@code *} there would hide the {@code file://} repository.
   */
  private Path writeSettings(Path userRepository) throws IOException {
    String url = userRepository.toUri().toString();
    String repository =
        """
              <id>user-local-repository</id>
              <url>%s</url>
              <releases><checksumPolicy>ignore</checksumPolicy></releases>
              <snapshots><enabled>false</enabled></snapshots>
        """
            .formatted(url);
    String settings =
        """
        <settings>
          <profiles>
            <profile>
              <id>user-local-repository</id>
              <repositories>
                <repository>
        %s        </repository>
              </repositories>
              <pluginRepositories>
                <pluginRepository>
        %s        </pluginRepository>
              </pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles>
            <activeProfile>user-local-repository</activeProfile>
          </activeProfiles>
        </settings>
        """
            .formatted(repository, repository);
    Path file = work.resolve("settings.xml");
    Files.writeString(file, settings, StandardCharsets.UTF_8);
    return file;
  }

  private record NestedBuild(
      List<String> command, boolean offline, boolean succeeded, double seconds, String output) {
    @Override
    public String toString() {
      return String.join(" ", command) + "\n" + output;
    }
  }

  private NestedBuild mavenCompile(Path project, Path settings, Path repo, boolean offline)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(mavenExecutable());
    command.addAll(
        List.of(
            "-B",
            "-q",
            "-ntp",
            "-Dstyle.color=never",
            "-s",
            settings.toString(),
            "-Dmaven.repo.local=" + repo));
    if (offline) {
      command.addAll(List.of("-o", "-Daether.offline.protocols=file"));
    }
    command.add("compile");

    Path log = work.resolve(offline ? "mvn-offline.log" : "mvn-online.log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> environment = builder.environment();
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.remove("MAVEN_ARGS");
    long start = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      fail("mvn compile took over " + TIMEOUT_MINUTES + " minutes:\n" + Files.readString(log));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String output = Files.readString(log, StandardCharsets.UTF_8);
    return new NestedBuild(command, offline, process.exitValue() == 0, seconds, output);
  }

  /** The Maven running this build ({@code maven.home}), else {@code mvn} on the PATH. */
  private static String mavenExecutable() {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    String name = windows ? "mvn.cmd" : "mvn";
    String home = System.getProperty("maven.home", "");
    if (!home.isBlank() && !home.startsWith("${")) {
      Path executable = Path.of(home, "bin", name);
      if (Files.isRegularFile(executable)) {
        return executable.toString();
      }
    }
    return name;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
