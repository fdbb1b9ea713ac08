// Round 15, WEFT0002 through a view: a `ref struct` with a primary constructor over a Span<int> normalises weights in
// place. The handler publishes the weight array and then runs the writer over it (the page: a ref struct made over the
// object's memory, written in its own method, is reported at its call).
using System;
using Weft.Slots;

namespace Corpus.Round15.SpanWriterAfterPublish;

public ref struct WeightWriter(Span<int> target)
{
    private readonly Span<int> _target = target;

    public readonly void ClampTo(int max)
    {
        for (int i = 0; i < _target.Length; i++)
        {
            _target[i] = Math.Clamp(_target[i], 0, max);
        }
    }
}

public sealed class WeightHandler(Slot<int[]> weights)
{
    public void Apply(ReadOnlySpan<int> requested, int max)
    {
        int[] next = requested.ToArray();
        weights.Publish(next);
        new WeightWriter(next).ClampTo(max); // expect: WEFT0002
    }
}
