package org.gordian.engine.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.drools.core.common.InternalWorkingMemory;
import org.drools.core.common.InternalWorkingMemoryEntryPoint;
import org.drools.core.common.TruthMaintenanceSystem;
import org.drools.core.common.TruthMaintenanceSystemFactory;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.junit.jupiter.api.Test;

/** The truth maintenance factory Gordian registers: chosen by Drools, and never serving a stale system. */
class TmsFactoryTest {
  private static final String DRL = String.join("\n",
      "package probe;",
      "rule \"echo\" when $s : String(length() > 1) then insertLogical(Integer.valueOf($s.length())); end",
      "");

  private static KieBase kieBase() {
    KnowledgeBuilder b = KnowledgeBuilderFactory.newKnowledgeBuilder();
    b.add(ResourceFactory.newByteArrayResource(DRL.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
    assertThat(b.hasErrors()).as("%s", b.getErrors()).isFalse();
    return b.newKieBase();
  }

  private static InternalWorkingMemoryEntryPoint entryPoint(KieSession s) {
    return (InternalWorkingMemoryEntryPoint) ((InternalWorkingMemory) s).getDefaultEntryPoint();
  }

  @Test
  void droolsUsesIt() {
    assertThat(TruthMaintenanceSystemFactory.get()).isInstanceOf(TmsFactory.class);
  }

  @Test
  void eachSessionKeepsItsOwnSystemAndAClearedOneIsNeverServedAgain() throws Exception {
    TmsFactory factory = new TmsFactory();
    KieBase kb = kieBase();
    KieSession a = kb.newKieSession();
    KieSession b = kb.newKieSession();
    try {
      TruthMaintenanceSystem ta = factory.getOrCreateTruthMaintenanceSystem(entryPoint(a));
      assertThat(factory.getOrCreateTruthMaintenanceSystem(entryPoint(a))).isSameAs(ta);
      TruthMaintenanceSystem tb = factory.getOrCreateTruthMaintenanceSystem(entryPoint(b));
      assertThat(tb).isNotSameAs(ta);
      assertThat(factory.getOrCreateTruthMaintenanceSystem(entryPoint(a))).isSameAs(ta);

      // Another thread clears a's system while this thread still remembers it.
      CompletableFuture.runAsync(() -> factory.clearTruthMaintenanceSystem(entryPoint(a))).get();
      TruthMaintenanceSystem again = factory.getOrCreateTruthMaintenanceSystem(entryPoint(a));
      assertThat(again).isNotSameAs(ta);
      assertThat(factory.getOrCreateTruthMaintenanceSystem(entryPoint(a))).isSameAs(again);

      // A thread of its own gets the same system for the same session.
      assertThat(CompletableFuture.supplyAsync(() -> factory.getOrCreateTruthMaintenanceSystem(entryPoint(b))).get())
          .isSameAs(tb);
    } finally {
      a.dispose();
      b.dispose();
    }
  }

  @Test
  void logicalFactsComeAndGoInSessionsOnTwoThreads() throws Exception {
    KieBase kb = kieBase();
    Runnable work = () -> {
      KieSession s = kb.newKieSession();
      try {
        for (int i = 2; i < 500; i++) {
          var h = s.insert("x".repeat(i));
          s.fireAllRules();
          assertThat(new java.util.ArrayList<Object>(s.getObjects(o -> o instanceof Integer))).containsExactly((Object) i);
          s.delete(h);
          s.fireAllRules();
          assertThat(s.getObjects(o -> o instanceof Integer)).isEmpty();
        }
      } finally {
        s.dispose();
      }
    };
    CompletableFuture.allOf(CompletableFuture.runAsync(work), CompletableFuture.runAsync(work)).get();
  }
}
