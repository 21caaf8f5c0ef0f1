package dev.gradus.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One client cannot take more than its share; the queue of waiting steps is bounded. */
class AdmissionTest {

    @Test
    void aClientOverItsLimitIsToldToComeBackWhileOthersGetIn() {
        Admission admission = new Admission(2, 10, 2);
        List<Admission.Ticket> mine = new ArrayList<>(List.of(admission.enter("10.0.0.1"), admission.enter("10.0.0.1")));
        WorkerPool.Busy busy = assertThrows(WorkerPool.Busy.class, () -> admission.enter("10.0.0.1"));
        assertEquals(429, busy.status());
        assertTrue(busy.retryAfterSeconds() > 0);
        try (Admission.Ticket other = admission.enter("10.0.0.2")) {
            assertTrue(other != null, "another address is admitted meanwhile");
        }
        mine.remove(0).close();
        try (Admission.Ticket again = admission.enter("10.0.0.1")) {
            assertTrue(again != null, "a finished step makes room");
        }
        mine.forEach(Admission.Ticket::close);
    }

    @Test
    void theQueueOfWaitingStepsIsBounded() {
        Admission admission = new Admission(8, 2, 2);
        assertTrue(admission.startWaiting());
        assertTrue(admission.startWaiting());
        assertFalse(admission.startWaiting(), "a third would wait beyond the bound");
        admission.stopWaiting();
        assertTrue(admission.startWaiting());
    }

    @Test
    void aClientHoldsAllButOneFirstWorkerAtMost() {
        Admission admission = new Admission(8, 10, 3);
        try (Admission.Ticket a = admission.enter("10.0.0.1"); Admission.Ticket b = admission.enter("10.0.0.1");
             Admission.Ticket c = admission.enter("10.0.0.1"); Admission.Ticket other = admission.enter("10.0.0.2")) {
            assertTrue(a.holdFirstLane(0));
            assertTrue(b.holdFirstLane(0));
            assertFalse(c.holdFirstLane(10), "two of three first workers are this client's share");
            assertTrue(other.holdFirstLane(0), "the third is left to the others");
            Runnable back = a.handOffFirstLane();
            assertFalse(c.holdFirstLane(0), "a's worker is not back yet");
            back.run();
            back.run();
            assertTrue(c.holdFirstLane(0));
            assertFalse(a.holdFirstLane(0), "given back once, not twice: b and c hold the share");
        }
        try (Admission.Ticket alone = new Admission(8, 10, 1).enter("10.0.0.1")) {
            assertTrue(alone.holdFirstLane(0), "with one first worker, one client may still use it");
        }
    }

    @Test
    void withoutLimitsPerClientOneAddressMayUseEveryFirstWorker() {
        Admission admission = new Admission(0, 10, 2);
        try (Admission.Ticket a = admission.enter("127.0.0.1"); Admission.Ticket b = admission.enter("127.0.0.1")) {
            assertTrue(a.holdFirstLane(0) && b.holdFirstLane(0));
            for (int i = 0; i < 100; i++) {
                admission.enter("127.0.0.1").close();
            }
        }
    }

    @Test
    void limitsMustLeaveRoom() {
        assertThrows(IllegalArgumentException.class, () -> new Admission(-1, 4, 2));
        assertThrows(IllegalArgumentException.class, () -> new Admission(1, -1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Admission(1, 1, 0));
    }
}
