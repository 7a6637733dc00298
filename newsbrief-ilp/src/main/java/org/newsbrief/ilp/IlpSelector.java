package org.newsbrief.ilp;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
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
 * concept i of sentence j, and {@code c_i <= sum_j s_j}. The limit L is the budget's limit even when the budget
 * fills to it, as in the original system. Solved by SCIP (bundled with OR-Tools) on one thread
 * with a fixed seed, so results are deterministic; Gillick and Favre used a MIP solver too, whose
 * LP relaxation is tight on this problem. Thread-safe; counts its outcomes.
 */
public final class IlpSelector implements SentenceSelector {

    private static final boolean NATIVE_LOADED = loadNative();

    private final double timeLimitSeconds;
    private final ConceptCoverageSelector fallback = new ConceptCoverageSelector();
    private final AtomicLong optimal = new AtomicLong();
    private final AtomicLong fellBack = new AtomicLong();
    private static final AtomicLong OPTIMAL_IN_PROCESS = new AtomicLong();
    private static final AtomicLong FELL_BACK_IN_PROCESS = new AtomicLong();

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

    /**
     * Stories solved to proven optimality and stories answered by the greedy fallback, by every
     * selector of this process so far ({@code {optimal, fallback}}), for reports.
     */
    public static long[] processTotals() {
        return new long[] {OPTIMAL_IN_PROCESS.get(), FELL_BACK_IN_PROCESS.get()};
    }

    private List<Integer> fellBack(SentencePool pool, double[] scores, Budget budget) {
        fellBack.incrementAndGet();
        FELL_BACK_IN_PROCESS.incrementAndGet();
        return fallback.select(pool, scores, budget);
    }

    private void solvedOptimally() {
        optimal.incrementAndGet();
        OPTIMAL_IN_PROCESS.incrementAndGet();
    }

    @Override
    public List<Integer> select(SentencePool pool, double[] scores, Budget budget) {
        if (!NATIVE_LOADED) {
            return fellBack(pool, scores, budget);
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
            solvedOptimally();
            return List.of();
        }
        return solve(pool, concepts, eligible, budget, scores);
    }

    private List<Integer> solve(SentencePool pool, Concepts concepts, List<Integer> eligible, Budget budget,
            double[] scores) {
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            return fellBack(pool, scores, budget);
        }
        try {
            solver.setTimeLimit((long) (timeLimitSeconds * 1000));
            solver.setSolverSpecificParametersAsString("randomization/randomseedshift = 0\nparallel/maxnthreads = 1\n");
            MPVariable[] covered = new MPVariable[concepts.count()];
            MPConstraint[] coverage = new MPConstraint[concepts.count()];
            MPObjective objective = solver.objective();
            for (int c = 0; c < covered.length; c++) {
                covered[c] = solver.makeBoolVar("c" + c);
                objective.setCoefficient(covered[c], concepts.weight(c));
                coverage[c] = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "cover" + c);
                coverage[c].setCoefficient(covered[c], 1); // c_i <= sum of the sentences holding it
            }
            objective.setMaximization();
            MPConstraint length = solver.makeConstraint(0, budget.limit(), "length");
            MPVariable[] chosen = new MPVariable[eligible.size()];
            for (int k = 0; k < chosen.length; k++) {
                int i = eligible.get(k);
                chosen[k] = solver.makeBoolVar("s" + i);
                length.setCoefficient(chosen[k], pool.cost(i, budget));
                for (int c : concepts.of(i)) {
                    coverage[c].setCoefficient(chosen[k], -1);
                    MPConstraint implies = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                    implies.setCoefficient(chosen[k], 1); // s_j <= c_i
                    implies.setCoefficient(covered[c], -1);
                }
            }
            if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
                return fellBack(pool, scores, budget);
            }
            solvedOptimally();
            List<Integer> result = new ArrayList<>();
            for (int k = 0; k < chosen.length; k++) {
                if (chosen[k].solutionValue() > 0.5) {
                    result.add(eligible.get(k));
                }
            }
            return result;
        } finally {
            solver.delete();
        }
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
