// Round 2. LINQ projects the rules' inner lists out of the snapshot; clearing what it yields clears shared lists.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus.Views.Round2.LinqInner;

public sealed class Rule
{
    public string Name { get; init; } = "";
    public List<string> Tags { get; init; } = new();
}

[ThreadLocalSlot]
public sealed partial class Rules
{
    public ImmutableArray<Rule> All { get; init; } // expect: WEFT0001
}

public static class Untagger
{
    public static void ClearTags(string prefix)
    {
        foreach (var tags in Rules.Current.All.Where(r => r.Name.StartsWith(prefix, System.StringComparison.Ordinal)).Select(r => r.Tags))
        {
            tags.Clear(); // expect: WEFT0003
        }
    }
}
