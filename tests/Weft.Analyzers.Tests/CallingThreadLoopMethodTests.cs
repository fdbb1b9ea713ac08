using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A user method marked <c>[CallingThreadLoop]</c> returns the calling thread's own loop, as such a property does
/// (the attribute's XML doc): a <c>[RunsOnOwningLoop]</c> delegate posted to it stays on the caller's thread and may
/// take the caller's worker state (WEFT0004 quiet), even when the body falls back to another dispatcher off the pool.
/// Fails on the engine before, which judged the method by its body (<c>Dispatcher.Current ?? Main</c>) and so took the
/// post for one to the main loop (corpus round 9, cause 5).
/// </summary>
public sealed class CallingThreadLoopMethodTests
{
    private const string Slot = """
        using System.Collections.Generic;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Leases
        {
            public HashSet<int> Held { get; } = new();
        }

        """;

    [Fact]
    public Task A_post_to_a_marked_static_method_with_a_parameter_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Loops
        {
            [CallingThreadLoop]
            public static Dispatcher Home(WorkerPool pool) => Dispatcher.Current ?? pool.Main;

            public static void ReleaseLater(WorkerPool pool, int lease)
            {
                Leases leases = Leases.Current;
                Home(pool).Post(() => leases.Held.Remove(lease));
            }
        }
        """);

    [Fact]
    public Task A_post_to_a_marked_instance_method_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public sealed class Loops(Dispatcher main)
        {
            [CallingThreadLoop]
            public Dispatcher Home() => Dispatcher.Current ?? main;

            public void ReleaseLater(int lease)
            {
                Leases leases = Leases.Current;
                Home().Post(() => leases.Held.Remove(lease));
            }
        }
        """);

    [Fact]
    public Task The_same_method_unmarked_is_a_post_to_the_main_loop() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Loops
        {
            public static Dispatcher Home(WorkerPool pool) => pool.Main;

            public static void ReleaseLater(WorkerPool pool, int lease)
            {
                Leases leases = Leases.Current;
                Home(pool).Post(() => {|WEFT0004:leases|}.Held.Remove(lease));
            }
        }
        """);
}
