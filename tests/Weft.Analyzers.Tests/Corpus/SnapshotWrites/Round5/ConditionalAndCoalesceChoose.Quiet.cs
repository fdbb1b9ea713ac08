// Quiet twin of ConditionalAndCoalesceChoose: every branch that starts from snapshot data copies it (ToList,
// new List<T>(x)) before the write; the `?.` chain only reads.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.ConditionalAndCoalesceChooseQuiet;

public sealed class Overrides
{
    public ImmutableArray<string> Extra { get; init; } = ImmutableArray<string>.Empty;
}

[ThreadLocalSlot]
public sealed partial class Headers
{
    public ImmutableArray<string> Names { get; init; } = ImmutableArray<string>.Empty;
    public Overrides? Local { get; init; }
}

public static class Worker
{
    public static int Tag(bool useShared, List<string>? mine)
    {
        var target = useShared ? Headers.Current.Names.ToList() : new List<string>();
        target.Add("x-a");
        var chosen = mine ?? new List<string>(Headers.Current.Names);
        chosen.Add("x-b");
        int extra = Headers.Current.Local?.Extra.Length ?? 0;
        var last = (Headers.Current.Local?.Extra ?? Headers.Current.Names).ToList();
        last.Insert(0, "x-c");
        return target.Count + chosen.Count + extra + last.Count;
    }
}
