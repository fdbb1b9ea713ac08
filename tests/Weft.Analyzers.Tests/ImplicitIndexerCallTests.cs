using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// An implicit Index or Range indexer (<c>w[^1]</c>, <c>w[1..]</c> on a type with a <c>Length</c> and an <c>int</c>
/// indexer or a <c>Slice</c>) is a call of the member the compiler picks: in source, that indexer's setter or getter,
/// or that <c>Slice</c> — also inside an object initializer (<c>new Window(cells) { [^1] = 9 }</c>, C# 13). What the
/// member does to what its object holds is what the access does, as for <c>w[0]</c>. Corpus round 12's
/// <c>IndexInitializerWrapper</c>; the tests fail on the analyzers before (an implicit indexer was taken as an element of
/// its object only, whatever member it reaches).
/// </summary>
public sealed class ImplicitIndexerCallTests
{
    [Fact]
    public Task An_implicit_index_reaching_a_wrapper_over_snapshot_data_is_reported() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>("""
        using System;
        using Weft;
        namespace App;

        #pragma warning disable WEFT0001 // a mutable snapshot on purpose: the writes through it are the subject
        [ThreadLocalSlot]
        public sealed partial class Grid
        {
            public int[] Cells { get; init; } = new int[16];
        }
        #pragma warning restore WEFT0001

        public sealed class Window(int[] cells)
        {
            public int Length => cells.Length;

            public int this[int index]
            {
                get => cells[index];
                set => cells[index] = value;
            }

            public Span<int> Slice(int start, int length) => cells.AsSpan(start, length);
        }

        public static class Painter
        {
            public static Window MarkFirst() => new(Grid.Current.Cells) { {|WEFT0003:[0] = 9|} };
            public static Window MarkLast() => new(Grid.Current.Cells) { {|WEFT0003:[^1] = 9|} };

            public static void Clear()
            {
                var window = new Window(Grid.Current.Cells);
                {|WEFT0003:window[^2] = 0|};
            }

            public static void Fill()
            {
                var window = new Window(Grid.Current.Cells);
                {|WEFT0003:window[1..3].Fill(0)|};
            }

            public static int Last() => new Window(Grid.Current.Cells)[^1];

            public static Window Copy() => new((int[])Grid.Current.Cells.Clone()) { [^1] = 9 };
        }
        """);

    [Fact]
    public Task An_implicit_index_reaching_a_wrapper_over_a_published_array_is_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>("""
        using Weft.Slots;
        namespace App;

        public sealed class Ring
        {
            private readonly int[] _slots;

            public Ring(int[] slots) => _slots = slots;

            public int Length => _slots.Length;

            public int this[int index]
            {
                get => _slots[index];
                set => _slots[index] = value;
            }
        }

        public static class Rings
        {
            public static void Publish(Slot<int[]> slot)
            {
                int[] slots = [1, 2, 3];
                var ring = new Ring(slots);
                ring[^1] = 4;
                slot.Publish(slots);
                {|WEFT0002:ring[^1] = 5|};
            }
        }
        """);
}
