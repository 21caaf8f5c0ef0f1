package dev.gradus.cli;

import static dev.gradus.cli.CommandRun.gradus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** derive --order 2 and grad --hessian as a user meets them. */
class SecondDerivativeCommandTest {

    @Test
    void theHessianOfTheIssuesExampleIsExactAndSymmetric() throws Exception {
        CommandRun run = gradus("grad", "x^2*y + sin(x*y)", "--at", "x=0.5,y=1.5", "--hessian", "--json", "--timeout", "60");
        assertEquals(0, run.status(), run.err() + run.out());
        JsonNode json = run.json();
        double x = 0.5;
        double y = 1.5;
        double s = Math.sin(x * y);
        double c = Math.cos(x * y);
        double[][] exact = {{2 * y - y * y * s, 2 * x + c - x * y * s}, {2 * x + c - x * y * s, -x * x * s}};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double tape = json.get("hessian").get(i).get(j).asDouble();
                assertEquals(exact[i][j], tape, 1e-14, "H" + i + j);
                assertEquals(json.get("symbolic").get(i).get(j).asDouble(), tape, 1e-10, "Symja's H" + i + j);
                assertEquals(exact[i][j], json.get("finiteDifference").get(i).get(j).asDouble(), 1e-7, "differences' H" + i + j);
            }
        }
        assertEquals(json.get("hessian").get(0).get(1).asDouble(), json.get("hessian").get(1).get(0).asDouble(), 0.0);
        assertEquals(0.0, json.get("asymmetry").asDouble(), 0.0);
        assertTrue(json.get("maxRelError").asDouble() < 1e-8, run.out());
    }

    @Test
    void theTextFormShowsTheThreeHessians() {
        CommandRun run = gradus("grad", "x*y^3", "--at", "x=2,y=-1", "--hessian", "--timeout", "60");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Hessian (second-order tape)"), run.out());
        assertTrue(run.out().contains("-12.000000000000000"), "d^2/dy^2 x y^3 = 6 x y = -12: " + run.out());
        assertTrue(run.out().contains("symbolic (Symja"), run.out());
    }

    @Test
    void deriveWithOrderTwoGivesWhatCheckProves() {
        CommandRun derived = gradus("derive", "x^2*y + sin(x*y)", "x", "--order", "2", "--timeout", "60");
        assertEquals(0, derived.status(), derived.err());
        assertTrue(derived.out().startsWith("d^2/dx^2 "), derived.out());
        String derivative = derived.out().substring(derived.out().indexOf(" = ") + 3).strip();
        assertEquals(0, gradus("check", "-e", derivative + " = 2*y - y^2*sin(x*y)").status(), derivative);
    }

    @Test
    void unsupportedRequestsAreUsageErrorsWithoutAStackTrace() {
        CommandRun third = gradus("derive", "sin(x)", "x", "--order", "3");
        assertEquals(2, third.status());
        assertTrue(third.err().contains("--order 3 is not supported"), third.err());
        CommandRun missing = gradus("grad", "x^2*y", "--at", "x=0.5", "--hessian", "--timeout", "60");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("no value given for the variable y"), missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());
        CommandRun complex = gradus("grad", "z*conj(z)", "--complex", "z", "--at", "z=1+I", "--hessian");
        assertEquals(2, complex.status());
        assertTrue(complex.err().contains("--hessian is for real variables"), complex.err());
    }
}
