// Round 2. A generic helper returns an element of the snapshot's array; the caller marks that element unhealthy.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Calls.Round2.GenericReturn;

public sealed class Backend
{
    public string Address { get; init; } = "";
    public bool Healthy { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Pool
{
    public ImmutableArray<Backend> Backends { get; init; } // expect: WEFT0001
}

public static class Picker
{
    public static T PickFirst<T>(ImmutableArray<T> items) => items[0];

    public static void MarkFirstDown()
    {
        var first = PickFirst(Pool.Current.Backends);
        first.Healthy = false; // expect: WEFT0003
    }
}
