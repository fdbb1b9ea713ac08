// Round 2. The same generic helper; the element is an immutable record and the caller builds a changed copy.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Calls.Round2.GenericReturn;

public sealed record Backend(string Address, bool Healthy);

[ThreadLocalSlot]
public sealed partial class Pool
{
    public ImmutableArray<Backend> Backends { get; init; }
}

public static class Picker
{
    public static T PickFirst<T>(ImmutableArray<T> items) => items[0];

    public static Backend FirstMarkedDown()
    {
        var first = PickFirst(Pool.Current.Backends);
        return first with { Healthy = false };
    }
}
