using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A read-modify-write of a static's shared object or of a static property with its own accessors, from worker code
/// (docs/rules/WEFT0006.md: `s_n++` on shared state is not atomic): `s_box.Value++`, `s_totals.Bytes += n`,
/// `ProcessTotals.Bytes += n`. A plain store and an Interlocked update stay quiet. Fails on the engine before this rule.
/// </summary>
public sealed class StaticMemberUpdateTests
{
    [Fact]
    public Task Read_modify_writes_of_a_statics_members_and_of_static_properties_are_reported() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>("""
        using System.Runtime.CompilerServices;
        using System.Threading;
        using Weft;
        namespace App;

        public static class ProcessTotals
        {
            private static long s_bytes;

            public static long Bytes
            {
                get => Interlocked.Read(ref s_bytes);
                set => Interlocked.Exchange(ref s_bytes, value);
            }
        }

        public sealed class Totals
        {
            public long Bytes;
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class RequestStats
        {
            private static readonly StrongBox<int> s_evictions = new();
            private static readonly Totals s_totals = new();
            private long _bytes;

            [WorkerUpdate]
            private void Record(int bytes)
            {
                _bytes += bytes;
                {|WEFT0006:s_evictions.Value++|};
                {|WEFT0006:s_totals.Bytes += bytes|};
                {|WEFT0006:ProcessTotals.Bytes += bytes|};
                ProcessTotals.Bytes = bytes;
                Interlocked.Add(ref s_totals.Bytes, bytes);
            }
        }
        """);

    /// <summary>
    /// A library call given a static by <c>ref</c> reads and assigns it (<c>Array.Resize(ref s_buffer, n)</c>): a
    /// read-modify-write from every worker. Atomic helpers, locks and views over the variable stay quiet.
    /// </summary>
    [Fact]
    public Task A_static_passed_by_ref_to_a_library_call_that_assigns_it_is_a_read_modify_write() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>("""
        using System;
        using System.Collections.Immutable;
        using System.Runtime.InteropServices;
        using System.Threading;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Framer
        {
            private static byte[] s_scratch = new byte[64];
            private static int[] s_sizes = new int[4];
            private static long s_frames;
            private static object? s_gate;
            private static ImmutableList<int> s_seen = ImmutableList<int>.Empty;
            private static int s_first;

            [WorkerUpdate]
            private void Frame(int size)
            {
                if (s_scratch.Length < size)
                {
                    Array.Resize({|WEFT0006:ref s_scratch|}, size);
                }

                Array.Resize({|WEFT0006:ref s_sizes|}, size);
                Interlocked.Increment(ref s_frames);
                LazyInitializer.EnsureInitialized(ref s_gate, () => new object());
                ImmutableInterlocked.Update(ref s_seen, list => list.Add(size));
                Span<int> view = MemoryMarshal.CreateSpan(ref s_first, 1);
                Volatile.Write(ref s_first, size);
            }
        }
        """);

    /// <summary>
    /// `+=` on an event with its own accessors runs the accessor: one that adds to a static list does so from every
    /// worker. A field-like static event (its accessors swap the delegate atomically) and an accessor that locks stay quiet.
    /// </summary>
    [Fact]
    public Task Subscribing_from_worker_code_to_a_static_event_whose_accessor_changes_a_static_list_is_reported() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>("""
        using System;
        using System.Collections.Generic;
        using Weft;
        namespace App;

        public static class Reloads
        {
            private static readonly List<Action> s_handlers = new();
            private static readonly List<Action> s_guarded = new();
            private static readonly object s_gate = new();

            public static event Action Reloaded
            {
                add => s_handlers.Add(value);
                remove => s_handlers.Remove(value);
            }

            public static event Action Guarded
            {
                add { lock (s_gate) { s_guarded.Add(value); } }
                remove { lock (s_gate) { s_guarded.Remove(value); } }
            }

            public static event Action? FieldLike;
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class HostCache
        {
            private readonly Dictionary<string, int> _byHost = new();

            [WorkerUpdate]
            private void Subscribe(int unused)
            {
                {|WEFT0006:Reloads.Reloaded += OnReload|};
                {|WEFT0006:Reloads.Reloaded -= OnReload|};
                Reloads.Guarded += OnReload;
                Reloads.FieldLike += OnReload;
            }

            private void OnReload() => _byHost.Clear();
        }
        """);

    /// <summary>
    /// A helper returning <c>ref</c> to a static, incremented by the caller from worker code: the static variable is
    /// read and written there. A helper returning a ref to the worker's own field stays quiet.
    /// </summary>
    [Fact]
    public Task Incrementing_a_static_through_a_ref_returning_helper_is_reported() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>("""
        using Weft;
        namespace App;

        public static class Counters
        {
            private static long s_misses;

            public static ref long Misses() => ref s_misses;
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class HostCache
        {
            private long _hits;

            private ref long Hits() => ref _hits;

            [WorkerUpdate]
            private void Miss(string host)
            {
                {|WEFT0006:Counters.Misses()++|};
                {|WEFT0006:Counters.Misses() += 2|};
                Hits()++;
            }
        }
        """);

    /// <summary>
    /// A static passed by <c>ref</c> to a source helper that does `clock += micros` on its parameter: the static is read
    /// and written there, from every worker (reported at the worker code's call). A helper using Interlocked stays quiet.
    /// </summary>
    [Fact]
    public Task A_static_passed_by_ref_to_a_helper_that_increments_its_parameter_is_reported_at_the_call() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>("""
        using System.Threading;
        using Weft;
        namespace App;

        public static class ServerClock
        {
            public static long s_elapsed;
            public static long s_atomic;

            public static void Advance(ref long clock, long micros) => clock += micros;

            public static void AdvanceAtomic(ref long clock, long micros) => Interlocked.Add(ref clock, micros);
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class TickState
        {
            private long _local;

            [WorkerUpdate]
            private void Tick(long micros)
            {
                {|WEFT0006:ServerClock.Advance(ref ServerClock.s_elapsed, micros)|};
                ServerClock.AdvanceAtomic(ref ServerClock.s_atomic, micros);
                ServerClock.Advance(ref _local, micros);
            }
        }
        """);

    /// <summary>
    /// A library mutator handed over as a method group to a call that runs it here (`best.ForEach(HallOfFame.Scores.Add)`)
    /// changes the static's list as the lambda form does; a method group of a thread-safe collection stays quiet.
    /// </summary>
    [Fact]
    public Task A_static_lists_Add_handed_to_ForEach_as_a_method_group_is_reported() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>("""
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Linq;
        using Weft;
        namespace App;

        public static class HallOfFame
        {
            public static readonly List<long> Scores = new();
            public static readonly ConcurrentBag<long> Safe = new();
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Round
        {
            private readonly List<long> _scores = new();

            [WorkerUpdate]
            private void End(int keep)
            {
                List<long> best = _scores.OrderByDescending(s => s).Take(keep).ToList();
                {|WEFT0006:best.ForEach(HallOfFame.Scores.Add)|};
                best.ForEach(HallOfFame.Safe.Add);
                best.ForEach(s => {|WEFT0006:HallOfFame.Scores.Add(s)|});
            }
        }
        """);
}
