package dev.gradus.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradus.proofs.CheckJson;
import dev.gradus.proofs.Checker;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.Verdict;
import dev.gradus.proofs.catalogue.Catalogue;
import dev.gradus.proofs.catalogue.CatalogueEntry;
import dev.gradus.proofs.catalogue.CatalogueReader;
import dev.gradus.proofs.quick.QuickCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "proofs", mixinStandardHelpOptions = true,
        description = {"Check the catalogue of homework claims: every checkable claim of the course's five homework"
                + " documents (sheets, slides, lecture notes), true and false, each with the verdict it should get.",
            "A table shows each claim's verdicts beside the expected ones; refuted claims show their counterexample.",
            "FILE runs catalogue files of your own instead (the format is described in the README)."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every verdict is the expected one", "1:some verdict is not", "2:usage or input error", "3:internal error (a bug in gradus: its details go to a file the message names)"})
final class ProofsCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "catalogue files (default: the built-in catalogue)")
    List<Path> files = new ArrayList<>();

    @Option(names = "--document", paramLabel = "NAME", description = "only the claims of documents whose name or label contains NAME (transfer-functions, slides, derivatives, network2, lecture)")
    String document;

    @Option(names = "--jobs", paramLabel = "N", description = "claims checked at once, each with a Symja worker of its own when it needs one (default: the number of cores, ${DEFAULT-VALUE})")
    int jobs = Runtime.getRuntime().availableProcessors();


    @CommandLine.Mixin
    SymjaOptions symja;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A claim's outcome: one result per step, and how long the steps took. */
    private record Checked(CatalogueEntry entry, List<StepResult> results, long millis) {
        boolean asExpected() {
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).verdict() != entry.expected().get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        List<CatalogueEntry> entries;
        try {
            entries = load();
        } catch (ParseError e) {
            spec.commandLine().getErr().println("gradus proofs: " + e.getMessage());
            return Gradus.INPUT_ERROR;
        } catch (IOException e) {
            spec.commandLine().getErr().println("gradus proofs: cannot read " + e.getMessage());
            return Gradus.INPUT_ERROR;
        }
        if (document != null) {
            entries = entries.stream().filter(e -> e.document().contains(document) || e.label().contains(document)).toList();
            if (entries.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no claims of a document named like '" + document + "'");
            }
        }
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + jobs);
        }
        List<Checked> checked = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try (Checkers checkers = new Checkers(symja.timeLimit(), jobs)) {
            if (!symja.json) {
                Terminal.printCatalogueHeader(out);
            }
            // Claims decided in-process are decided here at once; the others run on every core, each on a
            // checker with a Symja worker of its own, started when the first such claim is met. Rows are
            // printed in the catalogue's order as their claims finish.
            List<Future<Checked>> running = new ArrayList<>();
            for (CatalogueEntry entry : entries) {
                Optional<Checked> quick = quickly(entry);
                if (quick.isPresent()) {
                    running.add(CompletableFuture.completedFuture(quick.get()));
                } else {
                    checkers.startWorkers();
                    running.add(pool.submit(() -> checkers.with(checker -> check(checker, entry))));
                }
            }
            for (Future<Checked> f : running) {
                Checked c = outcome(f);
                checked.add(c);
                if (!symja.json) {
                    Terminal.printCatalogueRow(out, c.entry(), c.results(), c.asExpected(), c.millis());
                    out.flush();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long unexpected = checked.stream().filter(c -> !c.asExpected()).count();
        double seconds = (System.nanoTime() - start) / 1e9;
        int steps = checked.stream().mapToInt(c -> c.results().size()).sum();
        if (symja.json) {
            out.println(Json.text(report(checked, unexpected, seconds)));
        } else {
            out.printf(Locale.ROOT, "%d claims (%d steps) in %.2f s: %s%n", checked.size(), steps, seconds,
                    unexpected == 0 ? "every verdict as expected" : unexpected + " not as expected");
        }
        out.flush();
        return unexpected == 0 ? Gradus.HOLDS : Gradus.FAILED;
    }

    private List<CatalogueEntry> load() throws ParseError, IOException {
        if (files.isEmpty()) {
            return Catalogue.shipped();
        }
        List<CatalogueEntry> entries = new ArrayList<>();
        for (Path file : files) {
            try {
                entries.addAll(CatalogueReader.read(Files.readAllLines(file, StandardCharsets.UTF_8)));
            } catch (ParseError e) {
                throw new ParseError(file + ": " + e.getMessage(), e.column());
            } catch (IOException e) {
                throw new IOException(file + ": " + UserFiles.reason(e, file), e);
            }
        }
        return entries;
    }

    private static Checked outcome(Future<Checked> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The entry's verdicts when the in-process checker decides every step, without a worker; else empty. */
    private static Optional<Checked> quickly(CatalogueEntry entry) {
        if (entry.inequality() != null || entry.maximum() != null) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        List<StepResult> results = new ArrayList<>();
        for (var step : entry.steps()) {
            Optional<StepResult> r = QuickCheck.decide(step);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            results.add(r.get());
        }
        return Optional.of(new Checked(entry, results, (System.nanoTime() - start) / 1_000_000));
    }

    /** One checker (so one Symja worker) per job, each lent to one claim at a time. */
    private static final class Checkers implements AutoCloseable {
        private final List<Checker> all = new ArrayList<>();
        private final BlockingQueue<Checker> idle = new LinkedBlockingQueue<>();
        private boolean started;

        Checkers(Duration limit, int jobs) {
            for (int i = 0; i < jobs; i++) {
                Checker c = new Checker(limit);
                all.add(c);
                idle.add(c);
            }
        }

        /** Starts every worker in the background, once: their start overlaps with the claims before them. */
        synchronized void startWorkers() {
            if (!started) {
                started = true;
                all.forEach(Checker::startWorker);
            }
        }

        Checked with(Function<Checker, Checked> work) throws InterruptedException {
            Checker c = idle.take();
            try {
                return work.apply(c);
            } finally {
                idle.add(c);
            }
        }

        @Override
        public void close() {
            all.forEach(Checker::close);
        }
    }

    private static Checked check(Checker checker, CatalogueEntry entry) {
        long start = System.nanoTime();
        List<StepResult> results = new ArrayList<>();
        if (entry.inequality() != null) {
            results.add(checker.check(entry.inequality()));
        } else if (entry.maximum() != null) {
            results.add(checker.check(entry.maximum()));
        } else {
            entry.steps().forEach(step -> results.add(checker.check(step)));
        }
        return new Checked(entry, results, (System.nanoTime() - start) / 1_000_000);
    }

    private static ObjectNode report(List<Checked> checked, long unexpected, double seconds) {
        ObjectNode root = Json.object();
        root.put("asExpected", unexpected == 0);
        root.put("claims", checked.size());
        root.put("unexpected", unexpected);
        root.put("seconds", seconds);
        ArrayNode array = root.putArray("results");
        for (Checked c : checked) {
            ObjectNode claim = array.addObject();
            claim.put("document", c.entry().document());
            claim.put("claim", c.entry().name());
            claim.put("says", c.entry().says());
            claim.put("verdict", Verdict.worst(c.results().stream().map(StepResult::verdict).toList()).name());
            claim.put("asExpected", c.asExpected());
            claim.put("millis", c.millis());
            ArrayNode steps = claim.putArray("steps");
            for (int i = 0; i < c.results().size(); i++) {
                ObjectNode step = CheckJson.result(c.results().get(i));
                step.put("expected", c.entry().expected().get(i).name());
                steps.add(step);
            }
        }
        return root;
    }
}
