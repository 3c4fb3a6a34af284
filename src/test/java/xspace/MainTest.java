package xspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code java -jar xspace.jar ...} decides between the application and a command. */
class MainTest {

    @TempDir
    Path dir;

    @Test
    void aFolderOrNoArgumentOpensTheApplicationAndACommandRunsHeadless() {
        assertThat(Main.opensTheApplication(new String[0])).isTrue();
        assertThat(Main.opensTheApplication(new String[] {dir.toString()})).isTrue();
        assertThat(Main.opensTheApplication(new String[] {"--workspace=" + dir})).isTrue();
        assertThat(Main.opensTheApplication(new String[] {"synth"})).isFalse();
        assertThat(Main.opensTheApplication(new String[] {"--help"})).isFalse();
        assertThat(Main.opensTheApplication(new String[] {"features", "--workspace", dir.toString()})).isFalse();
        assertThat(Main.opensTheApplication(new String[] {dir.resolve("absent").toString()})).isFalse();
        assertThat(Main.opensTheApplication(new String[] {"--annotator=Ann", dir.toString()})).isTrue();
        assertThat(Main.opensTheApplication(new String[] {"--annotator=Ann"})).isTrue();
        assertThat(Main.opensTheApplication(new String[] {dir.toString(), "--workspace=" + dir})).as("two workspaces")
                .isFalse();
    }

    @Test
    void withoutADisplayTheApplicationSaysSoInOneLine() {
        Map<String, String> none = Map.of("HOME", "/home/ann");
        assertThat(Main.missingDisplay("Linux", none, null)).get().asString()
                .startsWith("no display to open the application on").endsWith("xspace --help");
        assertThat(Main.missingDisplay("Linux", Map.of("DISPLAY", ":0"), null)).isEmpty();
        assertThat(Main.missingDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isEmpty();
        assertThat(Main.missingDisplay("Linux", Map.of("DISPLAY", " "), null)).isPresent();
        assertThat(Main.missingDisplay("Linux", none, "Monocle")).as("headless tests").isEmpty();
        assertThat(Main.missingDisplay("Windows 11", none, null)).isEmpty();
        assertThat(Main.missingDisplay("Mac OS X", none, null)).isEmpty();
    }

    @Test
    void theJarStartedWithoutADisplayPrintsNoStackTrace() throws Exception {
        ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + dir, Main.class.getName())
                .redirectErrorStream(true);
        launch.environment().remove("DISPLAY");
        launch.environment().remove("WAYLAND_DISPLAY");
        Process process = launch.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("xspace: no display to open the application on").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    /** A DISPLAY naming no X server (a closed session, an SSH login) made drawing birds fail. */
    @Test
    void aCommandDrawsWhereDisplayNamesNoServer() throws Exception {
        ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + dir, Main.class.getName(), "synth",
                "--out", dir.resolve("birds").toString(), "--species", "2", "--per-species", "2")
                .redirectErrorStream(true);
        launch.environment().put("DISPLAY", ":97"); // no server there
        Process process = launch.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("wrote 4 images of 2 species");
    }
}
