package org.newsbrief.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsbrief.brief.Brief;
import org.newsbrief.brief.BriefCollection;
import org.newsbrief.brief.BriefCollectionWriter;
import org.newsbrief.brief.BriefConfig;
import org.newsbrief.brief.BriefFormat;
import org.newsbrief.pipeline.BriefPipeline;
import org.newsbrief.pipeline.Progress;
import org.newsbrief.summarize.Summarizers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsbrief brief PATH...}: the sourced brief of the articles found under the paths. */
@Command(name = "brief", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes the sourced brief of the articles found under PATH.",
            "PATH: files or directories, read recursively (.txt, .html, .htm, .json, .jsonl, .warc, .warc.gz,"
                + " and NIST/TREC SGML files, which open with <DOC>, whatever their name)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad usage, missing path or no readable article"})
public final class BriefCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories of articles.")
    private List<Path> paths;

    @Option(names = {"-f", "--format"}, defaultValue = "md", paramLabel = "FORMAT",
            description = "Output format: md, html or json (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the brief to FILE instead of stdout.")
    private Path output;

    @Option(names = "--words", defaultValue = "" + BriefConfig.DEFAULT_WORDS, paramLabel = "N",
            description = "Word budget of the summary (default: ${DEFAULT-VALUE}).")
    private int words;

    @Option(names = "--summarizer", defaultValue = Summarizers.DEFAULT, paramLabel = "NAME",
            description = "Summarizer: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = SummarizerNames.class)
    private String summarizer;

    @Option(names = "--stories", defaultValue = "auto", paramLabel = "MODE",
            description = {"auto: cluster inputs of " + BriefPipeline.CLUSTER_FROM + " articles or more into stories and"
                + " write one brief per story with a table of contents, after merging the stories found that do not stand"
                + " apart (one brief, as one, when all merge); one: always one story; cluster: always cluster and brief every story found"
                + " (default: ${DEFAULT-VALUE})."})
    private String stories;

    @picocli.CommandLine.Mixin
    private DedupOptions dedup;

    @Option(names = {"-q", "--quiet"}, description = "Print no progress on stderr.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        BriefFormat briefFormat = BriefFormat.named(format);
        BriefPipeline.Stories mode = storiesMode(stories);
        if (output != null) {
            OutputFile.requireWritable(output);
        }
        BriefPipeline pipeline = new BriefPipeline(new BriefConfig(summarizer, words));
        long start = System.nanoTime();
        BriefCollection collection = pipeline.runStories(paths, mode, dedup.threshold(), quiet ? Progress.NONE
                : new StderrProgress(spec.commandLine().getErr(), System.console() != null));
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (collection.isSingleStory()) {
            Brief brief = collection.stories().get(0);
            writeOut(briefFormat.writer().render(brief));
            if (!quiet) {
                spec.commandLine().getErr().printf(java.util.Locale.ROOT,
                        "brief of %d articles, %d summary sentences, %d issue(s), %d ms%n", brief.run().articles(),
                        brief.summary().size(), brief.run().issues(), millis);
                if (mode == BriefPipeline.Stories.AUTO && brief.run().articles() >= BriefPipeline.CLUSTER_FROM) {
                    spec.commandLine().getErr().println("briefed as one story: the groups the clusterer found do not"
                            + " stand apart (--stories cluster briefs each group)");
                }
            }
            return 0;
        }
        writeOut(BriefCollectionWriter.render(collection, briefFormat));
        if (!quiet) {
            spec.commandLine().getErr().printf(java.util.Locale.ROOT,
                    "%d story briefs, %d single articles and %d near-identical copies, %d ms%n",
                    collection.stories().size(), collection.singletons().size(), collection.duplicates().size(), millis);
        }
        return 0;
    }

    private static BriefPipeline.Stories storiesMode(String name) {
        try {
            return BriefPipeline.Stories.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --stories mode '" + name + "'; valid: auto, one, cluster", e);
        }
    }

    private void writeOut(String text) throws IOException {
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return;
        }
        OutputFile.write(output, text);
    }

    /** The registered summarizer names, for help and completion. */
    static final class SummarizerNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Summarizers.names().iterator();
        }
    }
}
