// Decision: ImmutableCollectionsMarshal.AsArray is a marshal helper that returns a view (the backing array), so a
// write through it is a write into the snapshot (WEFT0003) even though the member type is immutable.
// ImmutableCollectionsMarshal.AsArray unwraps the snapshot's ImmutableArray to its backing array: writing it
// breaks the immutability the type promises.
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.Views.ImmutableMarshal;

[ThreadLocalSlot]
public sealed partial class Weights
{
    public ImmutableArray<int> Values { get; init; }
}

public static class Tuner
{
    public static void Halve(int index)
    {
        int[]? raw = ImmutableCollectionsMarshal.AsArray(Weights.Current.Values);
        if (raw is not null)
        {
            raw[index] /= 2; // expect: WEFT0003
        }
    }
}
