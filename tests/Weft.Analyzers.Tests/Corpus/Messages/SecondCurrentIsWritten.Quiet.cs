// Two snapshots read in one method; nothing is written into either.
using System.Collections.Immutable;
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
    public ImmutableHashSet<string> Stripped { get; init; } = ImmutableHashSet<string>.Empty;
}

public static class Headers
{
    public static bool ShouldStrip(string name)
    {
        int max = Limits.Current.MaxHeaders;
        return max > 0 && HeaderRules.Current.Stripped.Contains(name);
    }
}
