package xspace.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExclusiveLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondThreadWaitsUntilTheFirstLetsGo() throws Exception {
        Path file = dir.resolve("class-003.zip");
        AtomicBoolean firstDone = new AtomicBoolean();
        CountDownLatch held = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try (ExclusiveLock lock = ExclusiveLock.of(file)) {
                held.countDown();
                Thread.sleep(300);
                firstDone.set(true);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        try (ExclusiveLock lock = ExclusiveLock.of(file)) {
            assertThat(firstDone).as("the second holder came after the first let go").isTrue();
        }
        first.get(10, TimeUnit.SECONDS);
    }

    @Test
    void anotherProcessHoldingTheLockMakesUsWait() throws Exception {
        Path file = dir.resolve("class-003.zip");
        Path released = dir.resolve("released");
        Path holder = dir.resolve("Hold.java");
        Files.writeString(holder, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class Hold {
                    public static void main(String[] a) throws Exception {
                        try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE); var l = c.lock()) {
                            System.out.println("locked");
                            System.out.flush();
                            Thread.sleep(500);
                            Files.writeString(Path.of(a[1]), "yes");
                        }
                    }
                }
                """);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, holder.toString(), ExclusiveLock.lockFileOf(file).toString(),
                released.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            assertThat(out.readLine()).isEqualTo("locked");
            try (ExclusiveLock lock = ExclusiveLock.of(file)) {
                assertThat(released).as("the other process had let go").exists();
            }
        } finally {
            child.destroyForcibly();
        }
    }
}
