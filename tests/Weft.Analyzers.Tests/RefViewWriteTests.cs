using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Writable refs into shared data. A <c>ref</c> field of a ref struct (C# 11) refers to where its constructor's by-ref
/// argument lives: a cursor made over an element of a published or snapshot array writes that array when it writes
/// through the field, directly, with a compound assignment, or in one of its own methods (reported at the call).
/// <c>Unsafe.AsRef</c> over a <c>ref readonly</c> (<c>ImmutableArray.ItemRef</c>) or a readonly field makes it
/// writable: the write lands in the published or snapshot object. A ref into memory the method owns (a stackalloc'd or
/// copied buffer), or a <c>ref readonly</c> only read, stays quiet. Fails on the engine before, which took a write
/// through a ref field of a struct local for a change of the local itself, and dropped what a <c>ref readonly</c>
/// return pointed into (corpus Views/Round4 RefFieldCursor, RefFieldIntoSnapshot, UnsafeAsRefIntoImmutableSnapshot,
/// UnsafeAsRefIntoPublished).
/// </summary>
public sealed class RefViewWriteTests
{
    private const string Cursor = """
        using System;
        using Weft;
        using Weft.Slots;
        namespace App;

        public ref struct Cell
        {
            public ref int Value;

            public Cell(ref int value) => Value = ref value;

            public void Clear() => Value = 0;
        }

        """;

    [Fact]
    public Task Writes_through_a_ref_field_into_a_published_array_are_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Cursor + """
        public sealed class WeightPublisher(Slot<int[]> slot)
        {
            public void Publish(int[] weights, int drained)
            {
                slot.Publish(weights);
                var cell = new Cell(ref weights[drained]);
                {|WEFT0002:cell.Value = 0|};
                {|WEFT0002:cell.Value += 3|};
                {|WEFT0002:cell.Clear()|};
            }
        }
        """);

    [Fact]
    public Task A_write_through_a_ref_field_into_a_snapshot_array_is_reported() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Cursor + """
        #pragma warning disable WEFT0001
        [ThreadLocalSlot]
        public sealed partial class Weights
        {
            public int[] Values { get; init; } = [];
        }
        #pragma warning restore WEFT0001

        public static class Penalties
        {
            public static void Penalise(int index)
            {
                var cell = new Cell(ref Weights.Current.Values[index]);
                {|WEFT0003:cell.Value -= 10|};
            }
        }
        """);

    [Fact]
    public Task A_ref_field_into_memory_the_method_owns_is_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Cursor + """
        public sealed class WeightPublisher(Slot<int[]> slot)
        {
            public void Publish(int[] weights, int drained)
            {
                slot.Publish(weights);
                Span<int> scratch = stackalloc int[weights.Length];
                weights.CopyTo(scratch);
                var onStack = new Cell(ref scratch[drained]);
                onStack.Value = 0;
                int[] copy = (int[])weights.Clone();
                var onCopy = new Cell(ref copy[drained]);
                onCopy.Value += 3;
                onCopy.Clear();
                slot.Publish(copy);
            }
        }
        """);

    [Fact]
    public Task A_ref_field_into_a_snapshot_only_read_is_quiet() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Cursor + """
        #pragma warning disable WEFT0001
        [ThreadLocalSlot]
        public sealed partial class Weights
        {
            public int[] Values { get; init; } = [];
        }
        #pragma warning restore WEFT0001

        public static class Penalties
        {
            public static int Peek(int index)
            {
                var cell = new Cell(ref Weights.Current.Values[index]);
                return cell.Value;
            }
        }
        """);

    private const string Limits = """
        using System.Collections.Immutable;
        using System.Runtime.CompilerServices;
        using Weft;
        using Weft.Slots;
        namespace App;

        public sealed class PoolLimits
        {
            public readonly int MaxConnections;
            public readonly ImmutableArray<int> PerHost;

            public PoolLimits(int maxConnections, ImmutableArray<int> perHost)
            {
                MaxConnections = maxConnections;
                PerHost = perHost;
            }
        }

        [ThreadLocalSlot]
        public sealed partial class Weights
        {
            public readonly int Version;

            public Weights(ImmutableArray<int> values, int version)
            {
                Values = values;
                Version = version;
            }

            public ImmutableArray<int> Values { get; }

            public System.Collections.Generic.IReadOnlyList<int> Names { get; } = new int[4];
        }

        """;

    [Fact]
    public Task Unsafe_AsRef_into_a_published_object_is_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Limits + """
        public sealed class LimitsPublisher(Slot<PoolLimits> slot)
        {
            public void Publish(PoolLimits limits)
            {
                slot.Publish(limits);
                {|WEFT0002:Unsafe.AsRef(in limits.MaxConnections) = 16|};
                ref int first = ref Unsafe.AsRef(in limits.PerHost.ItemRef(0));
                {|WEFT0002:first = 1|};
            }

            public void PublishMade()
            {
                var perHost = ImmutableArray.Create(8, 16);
                slot.Publish(new PoolLimits(4, perHost));
                {|WEFT0002:System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(perHost)![0] = 1|};
            }
        }
        """);

    [Fact]
    public Task Unsafe_AsRef_into_a_snapshot_is_reported() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Limits + """
        public static class WeightTweaks
        {
            public static void Drain(int index)
            {
                ref int weight = ref Unsafe.AsRef(in Weights.Current.Values.ItemRef(index));
                {|WEFT0003:weight = 0|};
                {|WEFT0003:Unsafe.AsRef(in Weights.Current.Version) = -1|};
                {|WEFT0003:Unsafe.As<int[]>(Weights.Current.Names)[0] = 1|};
            }
        }
        """);

    [Fact]
    public Task Read_only_refs_and_writable_refs_into_copies_are_quiet() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Limits + """
        public static class WeightTweaks
        {
            public static int Drain(int index)
            {
                ref readonly int current = ref Weights.Current.Values.ItemRef(index);
                int[] copy = [.. Weights.Current.Values];
                ref int weight = ref copy[index];
                weight = current - 1;
                int version = Weights.Current.Version;
                Unsafe.AsRef(in version) = 2;
                return copy[index] + version;
            }
        }
        """);
}
