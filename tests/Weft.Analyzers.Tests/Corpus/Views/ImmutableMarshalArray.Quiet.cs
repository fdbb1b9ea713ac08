// ImmutableCollectionsMarshal.AsImmutableArray over a fresh array the caller built: the standard zero-copy build.
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Views.ImmutableMarshal;

[ThreadLocalSlot]
public sealed partial class Weights
{
    public ImmutableArray<int> Values { get; init; }
}

public static class Tuner
{
    public static Task HalveAsync(WorkerPool pool, int index)
    {
        int[] next = Weights.Current.Values.AsSpan().ToArray();
        next[index] /= 2;
        return Weights.PublishAsync(pool, new Weights { Values = ImmutableCollectionsMarshal.AsImmutableArray(next) });
    }
}
