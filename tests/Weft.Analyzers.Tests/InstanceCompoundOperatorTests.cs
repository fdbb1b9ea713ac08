using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// C# 14 instance compound operators (<c>public void operator +=(T x)</c>, <c>public void operator ++()</c>) change
/// their left operand in place: <c>x += y</c> with one is a call of the operator on the object <c>x</c> holds, not an
/// assignment of <c>x</c>. What the operator's body does to its instance is what the call does (a write of a published
/// or snapshot object, a non-atomic change of a static's object); a thread-safe body changes nothing racy, and the
/// variable itself keeps its object. Corpus round 12's compound-operator cases; the tests fail on the analyzers before
/// (the operator was applied as a static <c>x = x + y</c>: its instance was passed as its parameter, and the variable
/// was taken as reassigned). A struct's operator changes the variable itself: a captured struct changed so is reported.
/// </summary>
public sealed class InstanceCompoundOperatorTests
{
    [Fact]
    public Task An_instance_operator_that_changes_a_published_object_is_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>("""
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        public sealed class Tags
        {
            private readonly List<string> _tags = [];
            public int Hits;

            public IReadOnlyList<string> All => _tags;

            public void operator +=(string tag) => _tags.Add(tag);

            public void operator ++() => Hits++;
        }

        public static class Tagging
        {
            public static void Add(Slot<Tags> slot)
            {
                var tags = new Tags();
                tags += "a";
                slot.Publish(tags);
                {|WEFT0002:tags += "b"|};
            }

            public static void Count(Slot<Tags> slot)
            {
                var tags = new Tags();
                tags++;
                slot.Publish(tags);
                {|WEFT0002:++tags|};
            }

            public static void Fresh(Slot<Tags> slot)
            {
                var tags = new Tags();
                slot.Publish(tags);
                tags = new Tags();
                tags += "b";
                tags++;
            }
        }
        """);

    [Fact]
    public Task An_instance_operator_applied_to_a_snapshot_member_is_reported() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>("""
        using Weft;
        namespace App;

        public sealed class Window
        {
            public int Used { get; private set; }

            public void operator +=(int amount) => Used += amount;

            public static Window operator +(Window window, int amount) => new() { Used = window.Used + amount };
        }

        #pragma warning disable WEFT0001 // a mutable snapshot on purpose: the writes through it are the subject
        [ThreadLocalSlot]
        public sealed partial class Limits
        {
            public Window Window { get; init; } = new();
        }
        #pragma warning restore WEFT0001

        public static class Meter
        {
            public static void Charge(int amount)
            {
                var window = Limits.Current.Window;
                {|WEFT0003:window += amount|};
            }

            public static Window Preview(int amount)
            {
                var window = Limits.Current.Window + amount;
                window += amount;
                return window;
            }
        }
        """);

    [Fact]
    public Task An_instance_operator_on_a_static_is_judged_by_its_body() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>("""
        using System.Threading;
        using Weft;
        namespace App;

        public sealed class Histogram
        {
            private readonly long[] _buckets = new long[8];

            public void operator +=(int bucket) => _buckets[bucket]++;

            public long this[int bucket] => _buckets[bucket];
        }

        public sealed class Total
        {
            private long _value;

            public long Value => Interlocked.Read(ref _value);

            public void operator +=(long amount) => Interlocked.Add(ref _value, amount);
        }

        public struct Tally
        {
            public long Count;

            public void operator +=(long amount) => Count += amount;
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Latency
        {
            private static Histogram s_histogram = new();
            private static Total s_total = new();
            private static Tally s_tally;

            [WorkerUpdate]
            public void Observe(int bucket)
            {
                {|WEFT0006:s_histogram += bucket|};
                s_total += bucket;
                {|WEFT0006:s_tally += bucket|};
            }
        }
        """);

    [Fact]
    public Task A_captured_accumulator_with_an_instance_operator_is_judged_by_the_operator() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>("""
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        public sealed class Sum
        {
            public long Value { get; private set; }

            public void operator +=(long amount) => Value += amount;
        }

        public sealed class AtomicSum
        {
            private long _value;

            public long Value => Interlocked.Read(ref _value);

            public void operator +=(long amount) => Interlocked.Add(ref _value, amount);

            public void operator ++() => Interlocked.Increment(ref _value);
        }

        public struct Tally
        {
            public long Count;

            public void operator +=(long amount) => Count += amount;
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Counter
        {
            public long Requests { get; set; }
        }

        public static class Totals
        {
            public static async Task<long> Collect(WorkerPool pool)
            {
                var sum = new Sum();
                await Counter.UpdateAllAsync(pool, c => {|WEFT0008:sum += c.Requests|});
                return sum.Value;
            }

            public static async Task<long> CollectInStruct(WorkerPool pool)
            {
                var tally = new Tally();
                await Counter.UpdateAllAsync(pool, c => {|WEFT0008:tally += c.Requests|});
                return tally.Count;
            }

            public static async Task<long> CollectAtomically(WorkerPool pool)
            {
                var sum = new AtomicSum();
                var workers = new AtomicSum();
                await Counter.UpdateAllAsync(pool, c =>
                {
                    sum += c.Requests;
                    workers++;
                });
                return sum.Value + workers.Value;
            }
        }
        """);
}
