// Round 2. LINQ projects new lists built from the rules' immutable tags; clearing those is fine.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus.Views.Round2.LinqInner;

public sealed record Rule(string Name, ImmutableArray<string> Tags);

[ThreadLocalSlot]
public sealed partial class Rules
{
    public ImmutableArray<Rule> All { get; init; }
}

public static class Untagger
{
    public static int ClearTags(string prefix)
    {
        int cleared = 0;
        foreach (var tags in Rules.Current.All.Where(r => r.Name.StartsWith(prefix, System.StringComparison.Ordinal)).Select(r => new List<string>(r.Tags)))
        {
            cleared += tags.Count;
            tags.Clear();
        }

        return cleared;
    }
}
