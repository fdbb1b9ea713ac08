using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Correct idioms one token away from a defect (corpus round 7b) that the engine got wrong, each beside the defect it
/// must still report. Each test fails on the engine before its rule.
/// </summary>
public sealed class NearMissTests
{
    /// <summary>`AddRange`/`UnionWith` copy the source's elements: the source is not inside the published list.</summary>
    [Fact]
    public Task A_scratch_list_copied_into_a_published_list_by_AddRange_is_not_published() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>("""
        using System.Collections.Generic;
        using Weft;
        using Weft.Slots;
        namespace App;

        public sealed class Refresher(WorkerPool pool)
        {
            private readonly Slot<List<string>> _slot = pool.AllocateSlot<List<string>>();
            private readonly Slot<HashSet<string>> _sets = pool.AllocateSlot<HashSet<string>>();
            private readonly Slot<List<List<string>>> _nested = pool.AllocateSlot<List<List<string>>>();
            private readonly List<string> _scratch = new();
            private readonly List<string> _kept = new();

            public void Refresh(IEnumerable<string> lines)
            {
                _scratch.Clear();
                _scratch.AddRange(lines);
                var fresh = new List<string>(_scratch.Count);
                fresh.AddRange(_scratch);
                _slot.Publish(fresh);
                var set = new HashSet<string>();
                set.UnionWith(_scratch);
                _sets.Publish(set);
            }

            public void Nest(string line)
            {
                {|WEFT0002:_kept.Add(line)|};
                var outer = new List<List<string>>();
                outer.Add(_kept);
                _nested.Publish(outer);
            }
        }
        """);

    /// <summary>A list of strings filled from worker state holds copies: handing it to Task.Run hands no worker state.</summary>
    [Fact]
    public Task A_list_of_strings_filled_from_worker_keys_can_go_to_another_thread() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>("""
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        public sealed class Entry { public int Hits; }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            public Dictionary<string, Entry> Map { get; } = new();
        }

        public static class KeyExport
        {
            public static Task SaveAsync()
            {
                var cache = Cache.Current;
                var keys = new List<string>();
                keys.AddRange(cache.Map.Keys);
                var entries = new List<Entry>();
                entries.AddRange(cache.Map.Values);
                Task.Run(() => Console.WriteLine(string.Join(",", keys)));
                return Task.Run(() => {|WEFT0004:entries|}.Clear());
            }
        }
        """);

    /// <summary>
    /// WEFT0001's page recommends `ImmutableArray&lt;byte&gt;.AsMemory()` where an API needs a ReadOnlyMemory: a view of
    /// an immutable value is no mutable broadcast; the same view of a byte[] is.
    /// </summary>
    [Fact]
    public Task A_read_only_view_of_an_immutable_array_is_no_mutable_broadcast() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>("""
        using System;
        using System.Collections.Immutable;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Signer
        {
            private byte[] _key = [];

            [WorkerUpdate]
            private void SetKey(ReadOnlyMemory<byte> key) => _key = key.ToArray();
        }

        public sealed class KeyRotation(WorkerPool pool)
        {
            private readonly ImmutableArray<byte> _key = ImmutableArray.Create<byte>(1, 2, 3, 4);
            private readonly byte[] _raw = [1, 2, 3, 4];

            public Task PushAsync() => Signer.SetKeyOnAllWorkersAsync(pool, _key.AsMemory());

            public Task PushRawAsync() => Signer.SetKeyOnAllWorkersAsync(pool, {|WEFT0007:_raw.AsMemory()|});
        }
        """);

    /// <summary>
    /// After ConfigureAwait(false), posting worker state as `Post&lt;TState&gt;` state back to the worker's own loop
    /// (captured before the await) hands it home, as the lambda form does; posting it to main does not.
    /// </summary>
    [Fact]
    public Task Worker_state_posted_home_as_state_after_ConfigureAwait_false_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            public Dictionary<string, int> Map { get; } = new();
        }

        public static class Handoff
        {
            public static async Task RunAsync(WorkerPool pool)
            {
                var cache = Cache.Current;
                var home = Dispatcher.Current!;
                await Task.Delay(1).ConfigureAwait(false);
                home.Post(static c => c.Map.Clear(), cache);
            }

            public static async Task ToMainAsync(WorkerPool pool)
            {
                var cache = Cache.Current;
                await Task.Delay(1).ConfigureAwait(false);
                pool.Main.Post(static c => c.Map.Clear(), {|WEFT0004:cache|});
            }
        }
        """);

    /// <summary>
    /// A static increment in a per-worker type's own member is reported where it is written, once: not again at the
    /// loop timer that calls the member.
    /// </summary>
    [Fact]
    public Task A_static_increment_in_a_per_worker_member_is_reported_once_not_again_at_its_caller() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>("""
        using System;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Prober
        {
            private static long s_failures;

            public void Arm()
            {
                var timer = Dispatcher.Current!.CreateTimer(() => _ = ProbeAllAsync());
                timer.Enable(TimeSpan.FromSeconds(10));
            }

            private async Task ProbeAllAsync()
            {
                await Task.Yield();
                {|WEFT0006:s_failures++|};
            }
        }
        """);

    /// <summary>
    /// A lock held around a broadcast call does not hold while the update runs later on every worker; a lock inside
    /// the update does.
    /// </summary>
    [Fact]
    public Task A_lock_around_the_broadcast_call_does_not_guard_the_update() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>("""
        using System.Collections.Generic;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            public int Count;
        }

        public static class Sizes
        {
            public static void Collect(WorkerPool pool, System.Action<List<int>> done)
            {
                var sizes = new List<int>();
                var gate = new object();
                lock (gate) Cache.UpdateAll(pool, c => {|WEFT0008:sizes.Add(c.Count)|}, () => done(sizes));
                Cache.UpdateAll(pool, c => { lock (gate) sizes.Add(c.Count); }, () => done(sizes));
            }
        }
        """);

    /// <summary>
    /// A copy of a worker's array of library structs made of numbers (`System.Numerics.Vector3`) holds nothing of the
    /// worker: it may go to the thread pool. An array of a library struct holding a reference still carries it.
    /// </summary>
    [Fact]
    public Task A_copy_of_a_workers_array_of_number_structs_can_go_to_the_thread_pool() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>("""
        using System.Collections.Generic;
        using System.Numerics;
        using System.Threading;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class PhysicsScratch
        {
            public Vector3[] Contacts { get; } = new Vector3[1024];
            public KeyValuePair<string, List<int>>[] Pairs { get; } = new KeyValuePair<string, List<int>>[16];
        }

        public static class Broadphase
        {
            public static void Step(int count)
            {
                PhysicsScratch scratch = PhysicsScratch.Current;
                Vector3[] contacts = scratch.Contacts[..count];
                ThreadPool.QueueUserWorkItem(static c => c[0] = Vector3.Zero, contacts, preferLocal: false);
                KeyValuePair<string, List<int>>[] pairs = scratch.Pairs[..count];
                ThreadPool.QueueUserWorkItem(static p => p[0].Value.Clear(), {|WEFT0004:pairs|}, preferLocal: false);
            }
        }
        """);

    /// <summary>A read-only view over a fresh copy, held in a local first, is as quiet as the same view written at the call.</summary>
    [Fact]
    public Task A_fresh_read_only_view_held_in_a_local_is_no_mutable_broadcast() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>("""
        using System;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class KeyframeSender
        {
            private byte[] _last = [];

            [WorkerUpdate]
            private void Keyframe(ReadOnlyMemory<byte> frame) => _last = frame.ToArray();
        }

        public sealed class KeyframeEncoder(WorkerPool pool)
        {
            private readonly byte[] _frame = new byte[1024];

            public Task PushAsync(int n)
            {
                var view = new ReadOnlyMemory<byte>(_frame.AsSpan(0, n).ToArray());
                return KeyframeSender.KeyframeOnAllWorkersAsync(pool, view);
            }

            public Task PushSharedAsync(int n)
            {
                var view = new ReadOnlyMemory<byte>(_frame, 0, n);
                return KeyframeSender.KeyframeOnAllWorkersAsync(pool, {|WEFT0007:view|});
            }
        }
        """);

    /// <summary>
    /// `Current` read after ConfigureAwait(false) is the defect (WEFT0005); the value it gave is not this worker's state,
    /// so its uses are not reported again as WEFT0004.
    /// </summary>
    [Fact]
    public Task Current_read_after_ConfigureAwait_false_is_reported_once_at_the_read() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>("""
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class DeliveryStats
        {
            public long Acked { get; set; }
        }

        public static class Acks
        {
            public static async Task CountAsync(Task ack)
            {
                await ack.ConfigureAwait(false);
                DeliveryStats stats = {|WEFT0005:DeliveryStats.Current|};
                stats.Acked++;
            }
        }
        """);
}
