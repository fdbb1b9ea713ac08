// Snapshot data handed back by helpers of other shapes than a plain method: an async Task<T> helper, a ValueTask<T>
// helper, a helper returning a tuple, and a Func<T> kept in a field. Each caller writes what it got back, which is the
// snapshot's list (issue 10: "a helper that returns snapshot data that the caller then writes"; WEFT0003). The List
// member is WEFT0001. The awaits resume on the worker (no ConfigureAwait(false)).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.HelperShapesReturnSnapshot;

[ThreadLocalSlot]
public sealed partial class Prefixes
{
    public List<string> All { get; init; } = new(); // expect: WEFT0001
}

public sealed class PrefixLearner
{
    private readonly Func<List<string>> _current = () => Prefixes.Current.All;

    private static async Task<List<string>> LoadAsync()
    {
        await Task.Yield();
        return Prefixes.Current.All;
    }

    private static ValueTask<List<string>> PeekAsync() => new(Prefixes.Current.All);

    private static (List<string> Prefixes, int Count) Snapshot() => (Prefixes.Current.All, Prefixes.Current.All.Count);

    public async Task LearnAsync(string prefix)
    {
        (await LoadAsync()).Add(prefix); // expect: WEFT0003
        List<string> peeked = await PeekAsync();
        peeked.Remove(prefix); // expect: WEFT0003
        var (all, _) = Snapshot();
        all.Insert(0, prefix); // expect: WEFT0003
        _current().Clear(); // expect: WEFT0003
    }
}
