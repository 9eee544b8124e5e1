package org.gordian.engine.drools;

import java.util.concurrent.atomic.AtomicLong;
import org.drools.core.common.InternalWorkingMemoryEntryPoint;
import org.drools.core.common.TruthMaintenanceSystem;
import org.drools.tms.TruthMaintenanceSystemFactoryImpl;

/**
 * Drools' truth maintenance, found without a global lock. Drools keeps the truth maintenance system
 * of every session in one synchronised map and looks it up on each {@code insertLogical}, so
 * sessions on different threads (one per evaluation thread here) wait for each other on every
 * result a rule asserts. This factory, registered as a service with a higher priority than Drools'
 * own, remembers on each thread the session it last served and answers again from there; the map
 * is still the one source of truth and is asked whenever the thread moves to another session or any
 * session's system was cleared since.
 */
public final class TmsFactory extends TruthMaintenanceSystemFactoryImpl {
  /** The session a thread last asked for and its system, valid while no system was cleared since. */
  private static final class Last {
    InternalWorkingMemoryEntryPoint entryPoint;
    TruthMaintenanceSystem tms;
    long clears;
  }

  private final ThreadLocal<Last> last = ThreadLocal.withInitial(Last::new);
  private final AtomicLong clears = new AtomicLong();

  @Override
  public int servicePriority() {
    return 1;
  }

  @Override
  public TruthMaintenanceSystem getOrCreateTruthMaintenanceSystem(InternalWorkingMemoryEntryPoint entryPoint) {
    Last l = last.get();
    long c = clears.get();
    if (l.entryPoint == entryPoint && l.clears == c) {
      return l.tms;
    }
    TruthMaintenanceSystem tms = super.getOrCreateTruthMaintenanceSystem(entryPoint);
    l.entryPoint = entryPoint;
    l.tms = tms;
    l.clears = c;
    return tms;
  }

  @Override
  public void clearTruthMaintenanceSystem(InternalWorkingMemoryEntryPoint entryPoint) {
    // Counted after the map forgot it: a thread that looks up in between gets the map's new system.
    super.clearTruthMaintenanceSystem(entryPoint);
    clears.incrementAndGet();
    forget();
  }

  @Override
  public void clearEntryPointsMap() {
    super.clearEntryPointsMap();
    clears.incrementAndGet();
    forget();
  }

  /** Drops this thread's reference, so that a disposed session is not kept alive by it. */
  private void forget() {
    Last l = last.get();
    l.entryPoint = null;
    l.tms = null;
  }
}
