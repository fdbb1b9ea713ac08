// The same null forms, copying before writing.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.SnapshotWrites.NullForms;

[ThreadLocalSlot]
public sealed partial class Extras
{
    public ImmutableList<string>? Headers { get; init; }
}

public static class Decorator
{
    public static List<string> Add(string header)
    {
        int count = Extras.Current.Headers?.Count ?? 0;
        var target = new List<string>(Extras.Current.Headers ?? ImmutableList<string>.Empty) { header };
        target.Capacity = count + 1;
        return target;
    }
}
