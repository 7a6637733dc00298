package org.newsbrief.eval.rouge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-L's union LCS hits of one model against a peer: for each model sentence, the model
 * words on an LCS with any peer sentence (ties resolved as the script's backtracking does),
 * counted at most as often as the word occurs in both texts. Not thread-safe.
 */
final class LongestCommonSubsequence {

    int hits;
    int base;

    LongestCommonSubsequence(List<List<String>> modelUnits, List<List<String>> peerUnits,
            Map<String, Integer> modelUnigrams, Map<String, Integer> peerUnigrams) {
        Map<String, Integer> model = new HashMap<>(modelUnigrams);
        Map<String, Integer> peer = new HashMap<>(peerUnigrams);
        for (List<String> unit : modelUnits) {
            boolean[] hitMask = new boolean[unit.size()];
            base += unit.size();
            for (List<String> peerUnit : peerUnits) {
                mark(unit, peerUnit, hitMask);
            }
            for (int j = 0; j < unit.size(); j++) {
                String token = unit.get(j);
                if (hitMask[j] && model.getOrDefault(token, 0) > 0 && peer.getOrDefault(token, 0) > 0) {
                    hits++;
                    model.merge(token, -1, Integer::sum);
                    peer.merge(token, -1, Integer::sum);
                }
            }
        }
    }

    /** Marks the model positions on one LCS, backtracking diagonal, then up on ties, then left. */
    private static void mark(List<String> model, List<String> peer, boolean[] hitMask) {
        int m = model.size();
        int n = peer.size();
        if (m == 0) {
            return;
        }
        int[][] c = new int[m + 1][n + 1];
        byte[][] b = new byte[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                if (model.get(i - 1).equals(peer.get(j - 1))) {
                    c[i][j] = c[i - 1][j - 1] + 1;
                    b[i][j] = 1;
                } else if (c[i - 1][j] >= c[i][j - 1]) {
                    c[i][j] = c[i - 1][j];
                    b[i][j] = 2;
                } else {
                    c[i][j] = c[i][j - 1];
                    b[i][j] = 3;
                }
            }
        }
        int i = m;
        int j = n;
        while (i != 0 && j != 0) {
            if (b[i][j] == 1) {
                i--;
                j--;
                hitMask[i] = true;
            } else if (b[i][j] == 2) {
                i--;
            } else {
                j--;
            }
        }
    }
}
