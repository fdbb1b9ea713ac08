using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A type that keeps the calling loop (<c>_home = Dispatcher.Current</c>) in the same method that keeps a callback over
/// that worker's state, and later posts the callback to the kept loop, sends it back to the worker it came from: quiet.
/// Kept by different methods, or with another dispatcher ever stored in the field, the loop may be another worker's:
/// still reported. A per-worker slot type's own field that only ever holds the calling loop is its worker's loop: a
/// post to it keeps the instance's state on that worker. Fails on the engine before (every post to a dispatcher read
/// from a field left the thread).
/// </summary>
public sealed class HomeLoopFieldTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class ConnectionPool
        {
            public readonly Queue<int> Idle = new();
        }

        """;

    [Fact]
    public Task A_callback_posted_to_the_loop_kept_beside_it_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public sealed class Maintenance
        {
            private Action? _flush;
            private Dispatcher? _home;

            public void Prepare()
            {
                var pool = ConnectionPool.Current;
                _home = Dispatcher.Current;
                _flush = () => pool.Idle.Clear();
            }

            public void Run() => _home!.Post(_flush!);

            public void RunLogged() => _home!.Post(() => { Console.WriteLine("flush"); _flush!(); });
        }
        """);

    [Fact]
    public Task A_loop_kept_by_another_method_or_replaced_by_another_dispatcher_is_still_another_thread() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public sealed class SeparateKeeping
        {
            private Action? _flush;
            private Dispatcher? _home;

            public void Attach() => _home = Dispatcher.Current;

            public void Prepare()
            {
                var pool = ConnectionPool.Current;
                _flush = () => pool.Idle.Clear();
            }

            public void Run() => {|WEFT0004:_home!.Post(_flush!)|};
        }

        public sealed class Retargeted
        {
            private Action? _flush;
            private Dispatcher? _home;

            public void Prepare()
            {
                var pool = ConnectionPool.Current;
                _home = Dispatcher.Current;
                _flush = () => pool.Idle.Clear();
            }

            public void MoveTo(Dispatcher other) => _home = other;

            public void Run() => {|WEFT0004:_home!.Post(_flush!)|};
        }
        """);

    [Fact]
    public Task A_per_worker_type_posting_its_own_state_to_the_loop_it_kept_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Batcher
        {
            private readonly List<int> _pending = new();
            private Dispatcher? _home;

            public void Attach() => _home = Dispatcher.Current;

            public void Add(int item) => _pending.Add(item);

            public void FlushLater() => _home!.Post(() => _pending.Clear());
        }
        """);

    [Fact]
    public Task A_per_worker_type_posting_its_own_state_to_a_loop_it_was_given_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Batcher
        {
            private readonly List<int> _pending = new();
            private Dispatcher? _home;

            public void Attach() => _home = Dispatcher.Current;

            public void MoveTo(Dispatcher other) => _home = other;

            public void FlushLater() => _home!.Post(() => {|WEFT0004:_pending|}.Clear());
        }
        """);
}
