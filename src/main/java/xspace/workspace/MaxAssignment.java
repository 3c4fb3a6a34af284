package xspace.workspace;

import java.util.Arrays;

/**
 * The one-to-one assignment of rows to columns with the largest total score (the Hungarian
 * method, O(k³) for k = max(rows, columns); a missing row or column scores 0).
 */
final class MaxAssignment {

    private MaxAssignment() {
    }

    /** For each row, its column, or -1 when there are fewer columns than rows and it got none. */
    static int[] of(double[][] score) {
        int rows = score.length;
        int columns = rows == 0 ? 0 : score[0].length;
        int k = Math.max(rows, columns);
        double[][] cost = new double[k + 1][k + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                cost[i + 1][j + 1] = -score[i][j];
            }
        }
        int[] columnOwner = hungarian(cost, k);
        int[] assigned = new int[rows];
        Arrays.fill(assigned, -1);
        for (int j = 1; j <= k; j++) {
            int i = columnOwner[j] - 1;
            if (i >= 0 && i < rows && j - 1 < columns) {
                assigned[i] = j - 1;
            }
        }
        return assigned;
    }

    /** The classic potentials formulation on a 1-based k × k cost matrix; returns each column's row. */
    private static int[] hungarian(double[][] cost, int k) {
        double[] u = new double[k + 1];
        double[] v = new double[k + 1];
        int[] owner = new int[k + 1];
        int[] way = new int[k + 1];
        for (int i = 1; i <= k; i++) {
            owner[0] = i;
            int j0 = 0;
            double[] min = new double[k + 1];
            boolean[] used = new boolean[k + 1];
            Arrays.fill(min, Double.POSITIVE_INFINITY);
            do {
                used[j0] = true;
                int i0 = owner[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= k; j++) {
                    if (!used[j]) {
                        double reduced = cost[i0][j] - u[i0] - v[j];
                        if (reduced < min[j]) {
                            min[j] = reduced;
                            way[j] = j0;
                        }
                        if (min[j] < delta) {
                            delta = min[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= k; j++) {
                    if (used[j]) {
                        u[owner[j]] += delta;
                        v[j] -= delta;
                    } else {
                        min[j] -= delta;
                    }
                }
                j0 = j1;
            } while (owner[j0] != 0);
            do {
                int j1 = way[j0];
                owner[j0] = owner[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        return owner;
    }
}
