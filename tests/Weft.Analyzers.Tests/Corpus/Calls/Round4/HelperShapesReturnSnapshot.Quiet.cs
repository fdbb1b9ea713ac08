// Quiet twin of HelperShapesReturnSnapshot: the same helper shapes (async Task<T>, ValueTask<T>, tuple, Func field)
// return NEW lists copied from the immutable snapshot, and the caller writes those.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.HelperShapesReturnSnapshotQuiet;

[ThreadLocalSlot]
public sealed partial class Prefixes
{
    public ImmutableArray<string> All { get; init; } = ImmutableArray<string>.Empty;
}

public sealed class PrefixLearner
{
    private readonly Func<List<string>> _current = () => new List<string>(Prefixes.Current.All);

    private static async Task<List<string>> LoadAsync()
    {
        await Task.Yield();
        return new List<string>(Prefixes.Current.All);
    }

    private static ValueTask<List<string>> PeekAsync() => new(new List<string>(Prefixes.Current.All));

    private static (List<string> Prefixes, int Count) Snapshot() => (new List<string>(Prefixes.Current.All), Prefixes.Current.All.Length);

    public async Task LearnAsync(string prefix)
    {
        (await LoadAsync()).Add(prefix);
        List<string> peeked = await PeekAsync();
        peeked.Remove(prefix);
        var (all, _) = Snapshot();
        all.Insert(0, prefix);
        _current().Clear();
    }
}
