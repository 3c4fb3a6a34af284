package xspace.workspace.db;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import xspace.data.JsonProblem;
import xspace.workspace.WorkspaceException;

/** Results of evaluation runs, one JSON value per run and key; recording a key again replaces it. */
final class ResultStore {

    private static final Gson STRICT = new GsonBuilder().setStrictness(Strictness.STRICT).create();

    private final Sql sql;
    private final Clock clock;

    ResultStore(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    void record(String runId, String key, String jsonValue) {
        String run = Text.required(runId, "a run id", 200);
        String name = Text.required(key, "a result key", 200);
        requireJson(run, name, jsonValue);
        String now = Timestamps.format(clock.instant());
        sql.write("recording result " + run + "/" + name, () -> {
            sql.update("INSERT INTO run (id, started) VALUES (?, ?) ON CONFLICT (id) DO NOTHING", run, now);
            sql.update("""
                    INSERT INTO result (run_id, key, value_json, recorded_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (run_id, key) DO UPDATE SET value_json = excluded.value_json,
                        recorded_at = excluded.recorded_at
                    """, run, name, jsonValue, now);
            return null;
        });
    }

    Optional<String> result(String runId, String key) {
        return sql.read("reading result " + runId + "/" + key, () -> sql.queryOne(
                "SELECT value_json FROM result WHERE run_id = ? AND key = ?", r -> r.getString(1), runId, key));
    }

    Map<String, String> results(String runId) {
        return sql.read("reading the results of run " + runId, () -> {
            Map<String, String> results = new LinkedHashMap<>();
            for (var row : sql.query("SELECT key, value_json FROM result WHERE run_id = ? ORDER BY key",
                    r -> Map.entry(r.getString(1), r.getString(2)), runId)) {
                results.put(row.getKey(), row.getValue());
            }
            return results;
        });
    }

    private static void requireJson(String run, String key, String value) {
        try {
            if (value == null || value.isBlank()) {
                throw new JsonParseException("empty");
            }
            STRICT.fromJson(value, JsonElement.class);
        } catch (JsonParseException e) {
            throw new WorkspaceException("result " + run + "/" + key + ": not JSON (" + JsonProblem.reason(e) + ")", e);
        }
    }
}
