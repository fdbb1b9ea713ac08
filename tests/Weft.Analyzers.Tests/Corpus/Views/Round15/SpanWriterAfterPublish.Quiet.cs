// Round 15, WEFT0002 quiet twin: the ref struct clamps the weights before the publish.
using System;
using Weft.Slots;

namespace Corpus.Round15.SpanWriterAfterPublishQuiet;

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
        new WeightWriter(next).ClampTo(max);
        weights.Publish(next);
    }
}
