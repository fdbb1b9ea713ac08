using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A delegate member that only construction sets (a record's positional property, a get-only or init-only property, a
/// read-only field a constructor fills from its parameter) holds what any code of the compilation hands it there:
/// <c>new SlotWiring(_ => table)</c> in one method, <c>slot.Set(wiring.Presence)</c> over a parameter in another. A
/// factory read from such a member that returns one captured instance is reported where the lambda returns it; a
/// callback run on every worker that changes a captured variable, at the write. Fails on the engine before, which knew
/// only the lambdas the member's own type puts there (corpus round 7: PresenceWiringRecord).
/// </summary>
public sealed class ConstructedDelegateMemberTests
{
    private const string Types = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        using Weft.Threading;
        namespace App;

        public sealed class PresenceSet
        {
            private readonly HashSet<string> _online = new();

            public bool Join(string user) => _online.Add(user);
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Counter
        {
            public long Sent { get; set; }
        }

        public sealed record SlotWiring(Func<Dispatcher, PresenceSet> Presence);

        public sealed class ClassWiring
        {
            public ClassWiring(Func<Dispatcher, PresenceSet> presence) => Presence = presence;

            public Func<Dispatcher, PresenceSet> Presence { get; }
        }

        public sealed class FieldWiring
        {
            private readonly Func<Dispatcher, PresenceSet> _presence;

            public FieldWiring(Func<Dispatcher, PresenceSet> presence)
            {
                _presence = presence;
            }

            public Slot<PresenceSet> Wire(WorkerPool pool)
            {
                Slot<PresenceSet> slot = pool.AllocateSlot<PresenceSet>();
                slot.Set(_presence);
                return slot;
            }
        }

        public sealed class InitWiring
        {
            public Func<Dispatcher, PresenceSet> Presence { get; init; } = _ => new PresenceSet();
        }

        public sealed record Steps(Action<Counter> Reset);

        public static class Wiring
        {
            public static Slot<PresenceSet> Wire(WorkerPool pool, SlotWiring wiring)
            {
                Slot<PresenceSet> slot = pool.AllocateSlot<PresenceSet>();
                slot.Set(wiring.Presence);
                return slot;
            }

            public static Slot<PresenceSet> Wire(WorkerPool pool, ClassWiring wiring)
            {
                Slot<PresenceSet> slot = pool.AllocateSlot<PresenceSet>();
                slot.Set(wiring.Presence);
                return slot;
            }

            public static Slot<PresenceSet> Wire(WorkerPool pool, InitWiring wiring)
            {
                Slot<PresenceSet> slot = pool.AllocateSlot<PresenceSet>();
                slot.Set(wiring.Presence);
                return slot;
            }

            public static Task ResetAsync(WorkerPool pool, Steps steps) => Counter.UpdateAllAsync(pool, steps.Reset);
        }

        """;

    [Fact]
    public Task A_factory_or_callback_handed_to_a_construction_only_member_and_run_on_every_worker_elsewhere_is_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Types + """
        public static class Startup
        {
            public static SlotWiring RecordWiring(int capacity)
            {
                var table = new PresenceSet();
                return new SlotWiring(_ => {|WEFT0008:table|});
            }

            public static ClassWiring ClassWiring()
            {
                var table = new PresenceSet();
                return new ClassWiring(_ => {|WEFT0008:table|});
            }

            public static FieldWiring FieldWiring()
            {
                var table = new PresenceSet();
                return new FieldWiring(_ => {|WEFT0008:table|});
            }

            public static InitWiring InitWiring()
            {
                var table = new PresenceSet();
                return new InitWiring { Presence = _ => {|WEFT0008:table|} };
            }

            public static SlotWiring Swapped(SlotWiring wiring)
            {
                var table = new PresenceSet();
                return wiring with { Presence = _ => {|WEFT0008:table|} };
            }

            public static Steps Steps()
            {
                long resets = 0;
                return new Steps(c => { c.Sent = 0; {|WEFT0008:resets++|}; });
            }
        }
        """);

    [Fact]
    public Task Factories_that_build_per_worker_and_callbacks_that_touch_only_their_instance_are_quiet() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Types + """
        public static class Startup
        {
            public static SlotWiring RecordWiring(int capacity) => new SlotWiring(_ => new PresenceSet());

            public static ClassWiring ClassWiring() => new ClassWiring(_ => new PresenceSet());

            public static FieldWiring FieldWiring() => new FieldWiring(_ => new PresenceSet());

            public static InitWiring InitWiring() => new InitWiring { Presence = _ => new PresenceSet() };

            public static SlotWiring Swapped(SlotWiring wiring) => wiring with { Presence = _ => new PresenceSet() };

            public static Steps Steps() => new Steps(c => c.Sent = 0);

            public static Func<PresenceSet> Shared()
            {
                // A lambda over one table that no per-worker member ever holds: nobody runs it on every worker.
                var table = new PresenceSet();
                return () => table;
            }
        }
        """);
}
