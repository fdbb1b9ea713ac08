// Two snapshots read in one method; the write goes through the second. The message must name the written one.
using System.Collections.Generic;
using Weft;

namespace Corpus.Messages.SecondCurrent;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int MaxHeaders { get; init; }
}

[ThreadLocalSlot]
public sealed partial class HeaderRules
{
    public List<string> Stripped { get; init; } = new(); // expect: WEFT0001 "property" "List"
}

public static class Headers
{
    public static void Strip(string name)
    {
        var limits = Limits.Current;
        var rules = HeaderRules.Current;
        if (limits.MaxHeaders > 0)
        {
            var stripped = rules.Stripped;
            stripped.Add(name); // expect: WEFT0003 "HeaderRules"
        }
    }
}
