package dev.gradus.proofs.worker;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.proofs.Claim;
import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.ProofService;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.Verdict;
import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.symja.SymjaFailure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Symja worker process: reads {@link Request}s from standard input, one JSON line each, and
 * answers with {@link Response} lines on standard output. Symja and its dependencies print to
 * System.out and System.err on their own (ANTLR version notes, TimeConstrained messages); both
 * are redirected away so that standard output carries nothing but the protocol.
 *
 * <p>With {@code --warm-up} it instead answers a few typical requests and exits: the build runs
 * that under {@code -XX:ArchiveClassesAtExit} to record the classes a worker loads in a class-data
 * archive, which halves the worker's start (see {@link SymjaWorker}).
 *
 * <p>Like every engine, the worker's parses only mathematics ({@link dev.gradus.proofs.symja.MathematicalHeads}).
 */
public final class WorkerMain {
    /** Answer a little before the deadline, so that the parent never has to stop us. */
    private static final long MARGIN_MILLIS = 50;

    private WorkerMain() {}

    public static void main(String[] args) throws IOException {
        PrintStream protocol = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        System.setOut(discard);
        System.setErr(discard);
        ProofService service = new ProofService(new SymjaEngine());
        if (args.length == 1 && args[0].equals("--warm-up")) {
            warmUp(service);
            System.exit(0);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            Request request;
            try {
                request = Json.read(line, Request.class);
            } catch (IOException e) {
                protocol.println(Json.line(Response.error(-1, "unreadable request: " + e.getMessage(), 0)));
                continue;
            }
            protocol.println(Json.line(answer(service, request, protocol)));
            if (service.hadRunaway()) {
                System.exit(0); // a computation that would not stop: no request runs beside it
            }
        }
        System.exit(0); // Symja may leave worker threads behind
    }

    /**
     * Requests of every type, with proofs that take the verifier's main paths (algebra, branches, a
     * refutation), their answers dropped: for the class-data archive, and for a server that wants
     * its workers' code compiled before the first user comes.
     */
    private static void warmUp(ProofService service) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        long deadline = System.currentTimeMillis() + 60_000;
        List<Request> requests = new ArrayList<>();
        List<String> claims = List.of("sigmoid(x) = (1+tanh(x/2))/2", "D(softsign(z), z) = sign(z)/(1+abs(z))^2",
                "relu(x) - relu(-x) = x");
        for (String claim : claims) {
            int split = claim.indexOf(" = ");
            requests.add(Request.check(requests.size(), Claim.of(claim.substring(0, split), claim.substring(split + 3)), deadline));
        }
        requests.add(Request.check(requests.size(), Claim.of("Dz(z*conj(z), z)", "conj(z)", List.of(), Set.of("z")), deadline));
        requests.add(Request.derive(requests.size(), "x*sigmoid(x)", List.of("x"), deadline));
        requests.add(Request.gradient(requests.size(), "sigmoid(x*y) + tanh(x-y)^2", List.of("x", "y"), new double[] {0.7, -1.3},
                deadline));
        requests.add(Request.hessian(requests.size(), "x^2*y + sin(x*y)", List.of("x", "y"), new double[] {0.5, 1.5},
                deadline));
        requests.add(Request.wirtinger(requests.size(), "z*conj(z)", List.of("z"), List.of(new Complex(0.5, -1)), deadline));
        requests.add(Request.parse(requests.size(), "1+*2", deadline));
        for (Request request : requests) {
            answer(service, request, nowhere);
        }
    }

    private static Response answer(ProofService service, Request request, PrintStream protocol) {
        Deadline deadline = Deadline.in(Math.max(0, request.deadline() - System.currentTimeMillis() - MARGIN_MILLIS));
        Response response = compute(service, request, deadline, protocol);
        boolean timeWasUp = service.takeDeferred() | !deadline.leavesTimeForAnEvaluation();
        return response.marked(moreTimeHelps(request, response) && timeWasUp, service.hadRunaway());
    }

    /** Whether more time might give a better answer: a verdict short of a proof or refutation, or a derivative left unsimplified. */
    private static boolean moreTimeHelps(Request request, Response response) {
        if (response.step() != null) {
            return response.step().verdict() == Verdict.UNKNOWN || response.step().verdict() == Verdict.PLAUSIBLE;
        }
        return request.type().equals("derive") && !"error".equals(response.kind());
    }

    private static Response compute(ProofService service, Request request, Deadline deadline, PrintStream protocol) {
        long id = request.id();
        try {
            return switch (request.type()) {
                case "check" -> {
                    StepResult step = service.check(request.claim(), deadline,
                            provisional -> protocol.println(Json.line(Response.provisional(id, provisional))));
                    yield Response.result(id, step, null, null, null);
                }
                case "parse" -> {
                    service.parse(request.expression());
                    yield Response.result(id, null, null, null, null);
                }
                case "derive" -> Response.result(id, null,
                        service.derive(request.expression(), request.variables(), request.order(), deadline), null, null);
                case "gradient" -> Response.result(id, null, null,
                        service.gradient(request.expression(), request.variables(), request.point()), null);
                case "hessian" -> Response.hessian(id,
                        service.hessian(request.expression(), request.variables(), request.point()));
                case "wirtinger" -> Response.result(id, null, null, null,
                        service.wirtinger(request.expression(), request.variables(), request.complexPoint()));
                case "inequality" -> Response.result(id, service.inequality(request.inequality(), deadline), null, null, null);
                case "maximum" -> Response.result(id, service.maximum(request.maximum()), null, null, null);
                case "tex" -> Response.texts(id, service.tex(request.expressions()));
                case "warm-up" -> {
                    warmUp(service);
                    yield Response.result(id, null, null, null, null);
                }
                default -> Response.error(id, "unknown request type " + request.type(), 0);
            };
        } catch (ParseError e) {
            return Response.error(id, e.getMessage(), e.column());
        } catch (SymjaFailure e) {
            return Response.error(id, "Symja failed: " + e.getMessage(), 0);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of gradus: the parent reports it as one, with this trace
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            return Response.internal(id, trace.toString());
        }
    }
}
