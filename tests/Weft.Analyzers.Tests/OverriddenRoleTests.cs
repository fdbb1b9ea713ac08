using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// The thread-role attributes are declared <c>Inherited = true</c>: as reflection reads them, an override without an
/// attribute of its own has the roles of the member it overrides (and its parameters those of the overridden
/// parameters). An interface's implementation does not (reflection never inherits from interfaces). Fails on the
/// engine before, which read only the override's own attributes (corpus round 9, cause 6).
/// </summary>
public sealed class OverriddenRoleTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        """;

    [Fact]
    public Task An_override_of_a_loop_only_method_called_after_ConfigureAwait_false_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public abstract class StoreBase
        {
            [RequiresLoopThread]
            public abstract void FlushLocal();
        }

        public sealed class LocalStore : StoreBase
        {
            private readonly List<string> _pending = new();

            public override void FlushLocal() => _pending.Clear();
        }

        public static class Sync
        {
            public static async Task SyncAsync(LocalStore store, Task upload)
            {
                await upload.ConfigureAwait(false);
                {|WEFT0005:store.FlushLocal()|};
            }
        }
        """);

    [Fact]
    public Task An_override_of_a_loop_only_property_two_levels_down_is_loop_only() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public class Clock
        {
            [RequiresLoopThread]
            public virtual long Now => 0;
        }

        public class LoopClock : Clock
        {
            public override long Now => 1;
        }

        public sealed class FineClock : LoopClock
        {
            public override long Now => 2;
        }

        public static class Use
        {
            public static async Task<long> ReadAsync(FineClock clock, Task wait)
            {
                await wait.ConfigureAwait(false);
                return {|WEFT0005:clock.Now|};
            }
        }
        """);

    [Fact]
    public Task An_overrides_parameter_has_the_overridden_parameters_role() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public abstract class Runner
        {
            public abstract void Run([RunsOnAnotherThread] Action work);
        }

        public sealed class QueueRunner : Runner
        {
            // Drained by a thread this code does not show: only the inherited attribute says where `work` runs.
            private readonly BlockingQueue _queue = new();

            public override void Run(Action work) => _queue.Enqueue(work);
        }

        public sealed class BlockingQueue
        {
            public void Enqueue(Action work) { }
        }

        public static class Use
        {
            public static void Go(QueueRunner runner)
            {
                var mine = Sessions.Current;
                runner.Run(() => {|WEFT0004:mine|}.ByPort.Clear());
            }
        }
        """);

    [Fact]
    public Task An_interface_implementation_does_not_take_the_interface_members_role() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public interface IStore
        {
            [RequiresLoopThread]
            void FlushLocal();
        }

        public sealed class LocalStore : IStore
        {
            private int _pending;

            public void FlushLocal() => _pending = 0;
        }

        public static class Sync
        {
            public static async Task SyncAsync(LocalStore store, Task upload)
            {
                await upload.ConfigureAwait(false);
                store.FlushLocal();
            }
        }
        """);

    private const string Slot = Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Sessions
        {
            public readonly Dictionary<int, string> ByPort = new();
        }

        """;
}
