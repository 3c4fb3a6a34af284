package xspace.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import xspace.attribution.HeatmapCache;
import xspace.engine.ByteSizes;
import xspace.workspace.Workspace;

/** {@code xspace cache info|trim|clear}: the workspace's heatmap cache, its size and its limit. */
@Command(name = "cache", mixinStandardHelpOptions = true,
        description = "Show, trim or clear a workspace's heatmap cache (cache/heatmaps).",
        subcommands = {CacheCommand.Info.class, CacheCommand.Trim.class, CacheCommand.Clear.class})
public final class CacheCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The options every cache command takes. */
    static class CacheOptions {
        @Option(names = "--workspace", required = true, description = "Workspace folder.")
        Path workspace;

        @Option(names = "--cache-limit", description = "Size limit, e.g. 256M or 1G; 0 for none (default: "
                + HeatmapCache.LIMIT_PROPERTY + ", else " + HeatmapCache.LIMIT_VARIABLE + ", else 256M).")
        String limit;

        HeatmapCache cache() {
            long bytes = limit == null ? HeatmapCache.configuredLimit() : ByteSizes.parse(limit);
            return new HeatmapCache(Workspace.open(workspace).heatmapCacheDir(), bytes);
        }

        static String describe(long limit) {
            return limit == 0 ? "no limit" : "limit " + ByteSizes.format(limit);
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "Print the cache's size and limit.")
    static final class Info extends CacheOptions implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            HeatmapCache cache = cache();
            System.out.printf("%s: %s (%s)%n", cache.dir(), cache.usage(), describe(cache.limit()));
            return 0;
        }
    }

    @Command(name = "trim", mixinStandardHelpOptions = true,
            description = "Delete the least recently used heatmaps until the cache is under its limit.")
    static final class Trim extends CacheOptions implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            HeatmapCache cache = cache();
            HeatmapCache.Usage before = cache.usage();
            HeatmapCache.Usage after = cache.trim();
            System.out.printf("%s: %s, was %s (%s)%n", cache.dir(), after, before, describe(cache.limit()));
            return 0;
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true,
            description = "Delete every cached heatmap; they are computed again when needed.")
    static final class Clear extends CacheOptions implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            HeatmapCache cache = cache();
            System.out.printf("%s: deleted %s%n", cache.dir(), cache.clear());
            return 0;
        }
    }
}
