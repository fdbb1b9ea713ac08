// WEFT0002: a `with` copy of the published record still points at its list.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.WithCopySharesList;

public sealed record FlagSet(int Version, List<string> Enabled);

public static class Flags
{
    public static FlagSet Publish(Slot<FlagSet> slot, FlagSet flags)
    {
        slot.Publish(flags);
        var next = flags with { Version = flags.Version + 1 };
        next.Enabled.Add("dark-mode"); // expect: WEFT0002
        return next;
    }
}
