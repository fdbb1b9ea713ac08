// `new Wrapper(x).Mutate()`: a throwaway wrapper around a copy of the published
// list sorts the copy. Reported at the call.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.PublishedWrites.Round10.WrapperMutateInlineQuiet;

public sealed class Sorter
{
    private readonly List<int> _values;

    public Sorter(List<int> values) => _values = values;

    public List<int> SortDescending()
    {
        _values.Sort((a, b) => b.CompareTo(a));
        return _values;
    }
}

public static class Ranking
{
    public static List<int> Top(Slot<List<int>> slot, List<int> scores)
    {
        slot.Publish(scores);
        return new Sorter(scores.ToList()).SortDescending();
    }
}
