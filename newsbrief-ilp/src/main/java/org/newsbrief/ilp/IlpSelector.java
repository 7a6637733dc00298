package org.newsbrief.ilp;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.newsbrief.summarize.Budget;
import org.newsbrief.summarize.ConceptCoverageSelector;
import org.newsbrief.summarize.Concepts;
import org.newsbrief.summarize.SentencePool;
import org.newsbrief.summarize.SentenceSelector;

/**
 * Maximises the weight of covered concepts subject to the length limit, exactly:
 * {@code max sum_i w_i c_i} subject to {@code sum_j l_j s_j <= L}, {@code s_j -> c_i} for every
 * concept i of sentence j, and {@code c_i -> OR_j s_j}. CP-SAT runs on one worker with a fixed
 * seed, so results are deterministic. The limit L is the budget's limit even when the budget
 * fills to it, as in the original system. Thread-safe; counts its outcomes.
 */
public final class IlpSelector implements SentenceSelector {

    private static final boolean NATIVE_LOADED = loadNative();

    private final double timeLimitSeconds;
    private final ConceptCoverageSelector fallback = new ConceptCoverageSelector();
    private final AtomicLong optimal = new AtomicLong();
    private final AtomicLong fellBack = new AtomicLong();

    public IlpSelector(double timeLimitSeconds) {
        if (timeLimitSeconds <= 0) {
            throw new IllegalArgumentException("time limit must be > 0: " + timeLimitSeconds);
        }
        this.timeLimitSeconds = timeLimitSeconds;
    }

    /** Whether the native solver could be loaded on this platform. */
    public static boolean solverAvailable() {
        return NATIVE_LOADED;
    }

    /** Stories solved to proven optimality so far. */
    public long optimalCount() {
        return optimal.get();
    }

    /** Stories answered by the greedy fallback so far. */
    public long fallbackCount() {
        return fellBack.get();
    }

    @Override
    public List<Integer> select(SentencePool pool, double[] scores, Budget budget) {
        if (!NATIVE_LOADED) {
            fellBack.incrementAndGet();
            return fallback.select(pool, scores, budget);
        }
        Concepts concepts = new Concepts(pool, ConceptCoverageSelector.MIN_DOCUMENTS);
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            int cost = pool.cost(i, budget);
            if (pool.isCandidate(i) && cost > 0 && cost <= budget.limit() && concepts.of(i).length > 0) {
                eligible.add(i);
            }
        }
        if (eligible.isEmpty()) {
            optimal.incrementAndGet();
            return List.of();
        }
        return solve(pool, concepts, eligible, budget, scores);
    }

    private List<Integer> solve(SentencePool pool, Concepts concepts, List<Integer> eligible, Budget budget,
            double[] scores) {
        CpModel model = new CpModel();
        BoolVar[] chosen = new BoolVar[eligible.size()];
        long[] lengths = new long[eligible.size()];
        BoolVar[] covered = new BoolVar[concepts.count()];
        List<List<Literal>> coveringSentences = new ArrayList<>();
        for (int c = 0; c < covered.length; c++) {
            covered[c] = model.newBoolVar("c" + c);
            coveringSentences.add(new ArrayList<>());
        }
        for (int k = 0; k < chosen.length; k++) {
            int i = eligible.get(k);
            chosen[k] = model.newBoolVar("s" + i);
            lengths[k] = pool.cost(i, budget);
            for (int c : concepts.of(i)) {
                model.addImplication(chosen[k], covered[c]);
                coveringSentences.get(c).add(chosen[k]);
            }
        }
        model.addLessOrEqual(LinearExpr.weightedSum(chosen, lengths), budget.limit());
        long[] weights = new long[covered.length];
        for (int c = 0; c < covered.length; c++) {
            List<Literal> clause = new ArrayList<>(coveringSentences.get(c));
            clause.add(covered[c].not());
            model.addBoolOr(clause);
            weights[c] = Math.round(concepts.weight(c));
        }
        model.maximize(LinearExpr.weightedSum(covered, weights));
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimitSeconds).setNumWorkers(1).setRandomSeed(0);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL) {
            fellBack.incrementAndGet();
            return fallback.select(pool, scores, budget);
        }
        optimal.incrementAndGet();
        List<Integer> result = new ArrayList<>();
        for (int k = 0; k < chosen.length; k++) {
            if (solver.booleanValue(chosen[k])) {
                result.add(eligible.get(k));
            }
        }
        return result;
    }

    private static boolean loadNative() {
        try {
            Loader.loadNativeLibraries();
            return true;
        } catch (RuntimeException | LinkageError e) {
            System.err.println("newsbrief: OR-Tools native solver unavailable (" + e.getMessage()
                    + "); the ilp summarizer uses its greedy fallback");
            return false;
        }
    }
}
